package dev.hangar.junit;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test service that answers DynamoDB's ListTables with one name unique to its harness, so a
 * test can tell which harness a request reached.
 */
final class EchoService implements AwsService {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final String tag = "echo-" + SEQUENCE.incrementAndGet();

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public boolean handles(ServiceRequest request) {
    return "DynamoDB_20120810.ListTables".equals(request.header("X-Amz-Target"));
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    return ServiceResponse.json(200, "{\"TableNames\":[\"" + tag + "\"]}");
  }
}
