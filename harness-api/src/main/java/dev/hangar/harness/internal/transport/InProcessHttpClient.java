package dev.hangar.harness.internal.transport;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.HostRoutes;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The SDK's synchronous HTTP client while Hangar is selected: requests to a harness host are
 * answered in-process, with no socket; requests to any other host go to the HTTP client the SDK
 * would otherwise have used.
 */
final class InProcessHttpClient implements SdkHttpClient {
  private final PassThrough<SdkHttpService, SdkHttpClient> passThrough;

  InProcessHttpClient(AttributeMap serviceDefaults) {
    this.passThrough =
        new PassThrough<>(
            SdkHttpService.class,
            PassThrough.SYNC_PRIORITY,
            service -> service.createHttpClientBuilder().buildWithDefaults(serviceDefaults),
            "software.amazon.awssdk:apache-client or url-connection-client");
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    Optional<Dispatcher> route = HostRoutes.find(request.httpRequest().host());
    if (route.isEmpty()) {
      return passThrough.client().prepareRequest(request);
    }
    Dispatcher dispatcher = route.get();
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        byte[] body;
        if (request.contentStreamProvider().isPresent()) {
          try (InputStream in = request.contentStreamProvider().get().newStream()) {
            body = SdkRequests.readBody(in);
          }
        } else {
          body = new byte[0];
        }
        ServiceResponse response =
            dispatcher.dispatch(SdkRequests.toServiceRequest(request.httpRequest(), body));
        return HttpExecuteResponse.builder()
            .response(SdkRequests.toSdkResponse(response))
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
            .build();
      }

      @Override
      public void abort() {
        // The answer is computed on the calling thread; there is nothing in flight to abort.
      }
    };
  }

  @Override
  public String clientName() {
    return "Hangar";
  }

  @Override
  public void close() {
    passThrough.close();
  }
}
