package dev.hangar.harness.internal;

import dev.hangar.harness.spi.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Decodes request bodies the way an HTTP server in front of an AWS service does. */
public final class RequestBodies {
  /** The largest request body Hangar reads: API Gateway's and Lambda's limits are smaller. */
  public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private RequestBodies() {}

  /**
   * Reads a stream fully, up to {@link #MAX_BODY_BYTES}.
   *
   * @param in the stream, or null for an empty body
   * @return the bytes
   * @throws IOException when reading fails or the body is too large
   */
  public static byte[] read(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new IOException("Request body larger than " + MAX_BODY_BYTES + " bytes");
    }
    return bytes;
  }

  /**
   * Undoes a {@code Content-Encoding: gzip} body; other bodies are returned as they are.
   *
   * @param headers the request headers
   * @param body the body as sent
   * @return the decoded body
   * @throws IOException when the body claims gzip but is not
   */
  public static byte[] decode(HttpHeaders headers, byte[] body) throws IOException {
    String encoding = headers.first("Content-Encoding").orElse("");
    if (!encoding.trim().equalsIgnoreCase("gzip") || body.length == 0) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return read(in);
    }
  }
}
