package dev.hangar.harness.internal.transport;

import dev.hangar.harness.internal.RequestBodies;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** Converts between the SDK's HTTP types and the harness's. */
final class SdkRequests {
  private SdkRequests() {}

  static ServiceRequest toServiceRequest(SdkHttpRequest request, byte[] rawBody)
      throws IOException {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        headers.add(header.getKey(), value);
      }
    }
    HttpHeaders built = headers.build();
    String path = request.encodedPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return new ServiceRequest(
        request.method().name(),
        request.host().toLowerCase(Locale.ROOT),
        path,
        request.encodedQueryParameters().orElse(""),
        built,
        RequestBodies.decode(built, rawBody));
  }

  static SdkHttpResponse toSdkResponse(ServiceResponse response) {
    SdkHttpResponse.Builder builder = SdkHttpResponse.builder().statusCode(response.status());
    for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
      builder.putHeader(header.getKey(), header.getValue());
    }
    builder.putHeader("Content-Length", Integer.toString(response.body().length));
    return builder.build();
  }
}
