package dev.hangar.harness;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test service that answers Lambda's {@code GetAccountSettings} call with a code size of its
 * own, so a test can tell which harness a real SDK client reached.
 */
class AccountSettingsService implements AwsService {
  private final long totalCodeSize;
  final AtomicInteger calls = new AtomicInteger();
  volatile HarnessContext context;
  volatile ServiceRequest lastRequest;

  AccountSettingsService(long totalCodeSize) {
    this.totalCodeSize = totalCodeSize;
  }

  @Override
  public String name() {
    return "account-settings";
  }

  @Override
  public void attach(HarnessContext context) {
    this.context = context;
  }

  @Override
  public boolean handles(ServiceRequest request) {
    return request.path().startsWith("/2016-08-19/account-settings");
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    calls.incrementAndGet();
    lastRequest = request;
    return ServiceResponse.json(
        200,
        "{\"AccountLimit\":{\"TotalCodeSize\":"
            + totalCodeSize
            + ",\"CodeSizeUnzipped\":1,\"CodeSizeZipped\":1,\"ConcurrentExecutions\":1000,"
            + "\"UnreservedConcurrentExecutions\":1000},"
            + "\"AccountUsage\":{\"TotalCodeSize\":0,\"FunctionCount\":0}}");
  }
}
