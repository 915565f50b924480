package dev.hangar.harness.internal.transport;

import dev.hangar.harness.internal.RequestBodies;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
    // headers() copies the SDK's map into a new case-insensitive TreeMap on every call;
    // forEachHeader walks the request's own map, in the same order.
    request.forEachHeader((name, values) -> {
      for (String value : values) {
        headers.add(name, value);
      }
    });
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

  /**
   * Reads a request body fully, as {@link RequestBodies#read} does. The SDK's bodies are in
   * memory and say how long they are, so the bytes are read into an array of exactly that size;
   * reading into RequestBodies' 8 KB chunks cost an allocation, a zeroing and a copy per request.
   */
  static byte[] readBody(InputStream in) throws IOException {
    int expected = Math.min(Math.max(in.available(), 0), RequestBodies.MAX_BODY_BYTES);
    byte[] head = in.readNBytes(expected);
    int next = in.read();
    if (next < 0) {
      return head;
    }
    // The stream held more than it said: read the rest the ordinary way, within the same limit.
    ByteArrayOutputStream all = new ByteArrayOutputStream(head.length + 8192);
    all.write(head);
    all.write(next);
    all.write(RequestBodies.read(in));
    if (all.size() > RequestBodies.MAX_BODY_BYTES) {
      throw new IOException("Request body larger than " + RequestBodies.MAX_BODY_BYTES + " bytes");
    }
    return all.toByteArray();
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
