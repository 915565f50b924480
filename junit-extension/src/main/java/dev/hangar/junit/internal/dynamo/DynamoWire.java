package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Talks to whatever DynamoDB service a harness has through DynamoDB's own JSON 1.0 protocol, as an
 * SDK client would, so that tables and seed data are set up through the same door the code under
 * test uses (and the extension needs no Java API of the fake).
 */
final class DynamoWire {
  /** Keeps numbers as written (1.50 stays 1.50), as a seed file's author wrote them. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
              false);

  private DynamoWire() {}

  /** Sends one operation; an error answer becomes a {@link Failure}. */
  static JsonNode call(Harness harness, String operation, ObjectNode body) {
    return call(harness, "DynamoDB_20120810.", operation, body);
  }

  /** Sends one operation of the DynamoDB Streams API; an error answer becomes a {@link Failure}. */
  static JsonNode callStreams(Harness harness, String operation, ObjectNode body) {
    return call(harness, "DynamoDBStreams_20120810.", operation, body);
  }

  private static JsonNode call(Harness harness, String targetPrefix, String operation, ObjectNode body) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("Could not write a DynamoDB request", e);
    }
    ServiceRequest request =
        new ServiceRequest(
            "POST",
            harness.endpoint().getHost(),
            "/",
            "",
            HttpHeaders.builder()
                .set("X-Amz-Target", targetPrefix + operation)
                .set("Content-Type", "application/x-amz-json-1.0")
                .build(),
            bytes);
    ServiceResponse response = harness.handle(request);
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new Failure(
          "NotJson", "the answer to " + operation + " is not JSON: " + text(response.body()));
    }
    if (response.status() != 200) {
      String type = answer.path("__type").asText("UnknownError");
      String message = answer.path("message").asText(answer.path("Message").asText(""));
      throw new Failure(type.substring(type.indexOf('#') + 1), message);
    }
    return answer;
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** An error answer: its short type and message. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String type;

    Failure(String type, String message) {
      super(type + ": " + message, null, false, false);
      this.type = type;
    }
  }
}
