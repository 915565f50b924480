package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.io.IOException;

/**
 * What a Lambda proxy integration of a WebSocket route returned: whether the function failed, the
 * {@code statusCode} it returned (200 when it returned none), and the {@code body} a route response
 * sends back.
 *
 * @param failed true when the function failed (threw, timed out) or returned something that is not
 *     a proxy response
 * @param statusCode the returned status code
 * @param body the returned body, or null
 */
record IntegrationResult(boolean failed, int statusCode, String body) {

  static IntegrationResult invoke(FunctionInvoker functions, String functionName, JsonNode event) {
    byte[] payload;
    try {
      payload = Json.MAPPER.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new IllegalStateException("Could not serialise a WebSocket event", e);
    }
    InvokeOutcome outcome = functions.invoke(functionName, payload);
    if (outcome.failed()) {
      return new IntegrationResult(true, 502, null);
    }
    return parse(outcome.payload());
  }

  /**
   * Reads a function's result. A result that is not a JSON object (or {@code null}) has no status
   * code and no body, which API Gateway treats as success; a {@code statusCode} that is not an
   * integer is a malformed proxy response.
   */
  static IntegrationResult parse(byte[] payload) {
    JsonNode result;
    try {
      result = payload.length == 0 ? null : Json.MAPPER.readTree(payload);
    } catch (IOException e) {
      return new IntegrationResult(true, 502, null);
    }
    if (result == null || !result.isObject()) {
      String body =
          result == null || result.isNull()
              ? null
              : result.isTextual() ? result.asText() : result.toString();
      return new IntegrationResult(false, 200, body);
    }
    JsonNode status = result.get("statusCode");
    int statusCode = 200;
    if (status != null && !status.isNull()) {
      if (status.isIntegralNumber() && status.canConvertToInt()) {
        statusCode = status.asInt();
      } else if (status.isTextual() && status.asText().matches("\\d{3}")) {
        statusCode = Integer.parseInt(status.asText());
      } else {
        return new IntegrationResult(true, 502, null);
      }
    }
    JsonNode body = result.get("body");
    String text =
        body == null || body.isNull() ? null : body.isTextual() ? body.asText() : body.toString();
    return new IntegrationResult(false, statusCode, text);
  }

  boolean accepted() {
    return !failed && statusCode >= 200 && statusCode < 300;
  }
}
