package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.GatewayResponseType;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Applies a REST API's customised gateway responses to its errors: the error's own type first,
 * then {@code DEFAULT_4XX} or {@code DEFAULT_5XX} by status ("Set up gateway responses to
 * customize error responses"). Header values written in API Gateway's literal syntax ({@code
 * '*'}) lose their quotes.
 */
final class GatewayResponses {
  private final Map<GatewayResponseType, ApiDefinition.CustomResponse> custom;

  GatewayResponses(Map<GatewayResponseType, ApiDefinition.CustomResponse> custom) {
    this.custom = custom;
  }

  ServiceResponse apply(ServiceResponse response, Exchange ex) {
    String marker = response.headers().first(GatewayErrors.TYPE_MARKER).orElse(null);
    boolean error = response.status() >= 400 && isGatewayError(response, marker);
    HttpHeaders.Builder headers = response.headers().toBuilder().remove(GatewayErrors.TYPE_MARKER);
    if (!error || custom.isEmpty()) {
      return new ServiceResponse(response.status(), headers.build(), response.body());
    }
    GatewayResponseType type = marker == null ? null : GatewayResponseType.valueOf(marker);
    GatewayResponseType fallback =
        response.status() >= 500 ? GatewayResponseType.DEFAULT_5XX : GatewayResponseType.DEFAULT_4XX;
    ApiDefinition.CustomResponse customisation =
        type != null && custom.containsKey(type) ? custom.get(type) : custom.get(fallback);
    if (customisation == null) {
      return new ServiceResponse(response.status(), headers.build(), response.body());
    }
    customisation.headers().forEach((name, value) -> headers.set(name, literal(value)));
    byte[] body = response.body();
    if (customisation.bodyTemplate() != null) {
      body = render(customisation.bodyTemplate(), message(response), type != null ? type : fallback, ex);
    }
    int status = customisation.statusCode() != null ? customisation.statusCode() : response.status();
    return new ServiceResponse(status, headers.build(), body);
  }

  /** Gateway errors carry {@code x-amzn-ErrorType}; a function's own 4XX/5XX does not. */
  private static boolean isGatewayError(ServiceResponse response, String marker) {
    return marker != null || response.headers().contains("x-amzn-ErrorType");
  }

  private static String message(ServiceResponse response) {
    JsonNode body = Json.parseOrNull(response.body());
    if (body == null) {
      return null;
    }
    JsonNode message = body.has("message") ? body.get("message") : body.get("Message");
    return message == null || message.isNull() ? null : message.asText();
  }

  private static byte[] render(
      String template, String message, GatewayResponseType type, Exchange ex) {
    String quoted = message == null ? "null" : Json.text(Json.MAPPER.getNodeFactory().textNode(message));
    String text =
        template
            .replace("$context.error.messageString", quoted)
            .replace("$context.error.message", message == null ? "" : message)
            .replace("$context.error.responseType", type.name())
            .replace("$context.requestId", ex.requestId);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String literal(String value) {
    return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
