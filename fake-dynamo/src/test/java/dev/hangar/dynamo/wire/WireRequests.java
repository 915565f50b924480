package dev.hangar.dynamo.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Sends raw JSON 1.0 requests to a fake, below the SDK, to test the wire layer itself. */
final class WireRequests implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Harness harness = Harness.builder()
      .service(FakeDynamo.create())
      .clock(HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
      .build();

  ServiceResponse send(String operation, String body) {
    return send(operation, body.getBytes(StandardCharsets.UTF_8));
  }

  ServiceResponse send(String operation, byte[] body) {
    HttpHeaders headers = HttpHeaders.builder()
        .set("X-Amz-Target", "DynamoDB_20120810." + operation)
        .set("Content-Type", "application/x-amz-json-1.0")
        .build();
    return harness.handle(new ServiceRequest("POST", "localhost", "/", "", headers, body));
  }

  static JsonNode json(ServiceResponse response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.bodyAsString(), e);
    }
  }

  @Override
  public void close() {
    harness.close();
  }
}
