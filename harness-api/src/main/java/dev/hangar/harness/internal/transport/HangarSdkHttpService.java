package dev.hangar.harness.internal.transport;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Hangar's synchronous HTTP client service, found by the SDK through {@link java.util.ServiceLoader}
 * and chosen with the system property {@code software.amazon.awssdk.http.service.impl}.
 */
public final class HangarSdkHttpService implements SdkHttpService {

  /** Creates the service; the SDK calls this through {@link java.util.ServiceLoader}. */
  public HangarSdkHttpService() {}

  @Override
  public SdkHttpClient.Builder<?> createHttpClientBuilder() {
    return new Builder();
  }

  private static final class Builder implements SdkHttpClient.Builder<Builder> {
    @Override
    public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
      return new InProcessHttpClient(serviceDefaults);
    }
  }
}
