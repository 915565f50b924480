package dev.hangar.harness.internal.transport;

import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Hangar's asynchronous HTTP client service, chosen with the system property {@code
 * software.amazon.awssdk.http.async.service.impl}.
 */
public final class HangarSdkAsyncHttpService implements SdkAsyncHttpService {

  /** Creates the service; the SDK calls this through {@link java.util.ServiceLoader}. */
  public HangarSdkAsyncHttpService() {}

  @Override
  public SdkAsyncHttpClient.Builder<?> createAsyncHttpClientFactory() {
    return new Builder();
  }

  private static final class Builder implements SdkAsyncHttpClient.Builder<Builder> {
    @Override
    public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
      return new InProcessAsyncHttpClient(serviceDefaults);
    }
  }
}
