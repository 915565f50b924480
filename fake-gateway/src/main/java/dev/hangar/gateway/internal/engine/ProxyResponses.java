package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a function's result into the HTTP response, by each payload version's rules ("Output
 * format of a Lambda function for proxy integration"; "Create AWS Lambda proxy integrations for
 * HTTP APIs", section "Lambda function response for format 2.0").
 */
final class ProxyResponses {
  private static final Set<String> V1_FIELDS =
      Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");

  private ProxyResponses() {}

  /**
   * Format 1.0: an object with {@code statusCode}; on REST APIs no other fields than those of the
   * format.
   *
   * @param decodeBase64 whether a base64 body is decoded for the client
   */
  static ServiceResponse v1(byte[] payload, boolean strictFields, boolean decodeBase64) {
    JsonNode root = Json.parseOrNull(payload);
    if (root == null || !root.isObject()) {
      throw new MalformedProxyResponseException("the result is not a JSON object");
    }
    if (strictFields) {
      Iterator<String> names = root.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!V1_FIELDS.contains(name)) {
          throw new MalformedProxyResponseException("unexpected field '" + name + "'");
        }
      }
    }
    return structured(root, decodeBase64, false);
  }

  /**
   * Format 2.0: an object with {@code statusCode} is a structured response; any other JSON value
   * becomes a 200 {@code application/json} response whose body is the value (a string's text for
   * a JSON string).
   */
  static ServiceResponse v2(byte[] payload) {
    JsonNode root = Json.parseOrNull(payload);
    if (root == null) {
      throw new MalformedProxyResponseException("the result is not JSON");
    }
    if (root.isObject() && root.has("statusCode")) {
      return structured(root, true, true);
    }
    // A returned JSON string is the body itself, not its JSON quoting ("Hello from Lambda!").
    byte[] body = root.isTextual() ? root.asText().getBytes(StandardCharsets.UTF_8) : payload;
    return ServiceResponse.of(200, "application/json", body);
  }

  private static ServiceResponse structured(JsonNode root, boolean decodeBase64, boolean cookies) {
    JsonNode statusNode = root.get("statusCode");
    int status = status(statusNode);
    HttpHeaders.Builder headers = HttpHeaders.builder();
    JsonNode single = root.get("headers");
    if (single != null && !single.isNull()) {
      requireObject(single, "headers");
      single.properties().iterator().forEachRemaining(f -> headers.set(f.getKey(), scalar(f.getValue(), "headers")));
    }
    JsonNode multi = root.get("multiValueHeaders");
    if (multi != null && !multi.isNull()) {
      requireObject(multi, "multiValueHeaders");
      for (Iterator<Map.Entry<String, JsonNode>> it = multi.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isArray()) {
          throw new MalformedProxyResponseException("multiValueHeaders values must be arrays");
        }
        headers.remove(field.getKey());
        for (JsonNode value : field.getValue()) {
          headers.add(field.getKey(), scalar(value, "multiValueHeaders"));
        }
      }
    }
    if (cookies && root.has("cookies") && !root.get("cookies").isNull()) {
      if (!root.get("cookies").isArray()) {
        throw new MalformedProxyResponseException("cookies must be an array");
      }
      root.get("cookies").forEach(c -> headers.add("set-cookie", c.asText()));
    }
    return new ServiceResponse(status, headers.build(), body(root, decodeBase64));
  }

  private static int status(JsonNode node) {
    if (node == null || node.isNull()) {
      throw new MalformedProxyResponseException("statusCode is missing");
    }
    int status;
    if (node.isIntegralNumber()) {
      status = node.intValue();
    } else if (node.isTextual() && node.asText().matches("\\d{3}")) {
      status = Integer.parseInt(node.asText());
    } else {
      throw new MalformedProxyResponseException("statusCode is not an integer");
    }
    if (status < 100 || status > 599) {
      throw new MalformedProxyResponseException("statusCode " + status + " is out of range");
    }
    return status;
  }

  private static byte[] body(JsonNode root, boolean decodeBase64) {
    JsonNode body = root.get("body");
    if (body == null || body.isNull()) {
      return new byte[0];
    }
    if (!body.isTextual()) {
      throw new MalformedProxyResponseException("body is not a string");
    }
    JsonNode flag = root.get("isBase64Encoded");
    boolean base64 = flag != null && flag.asBoolean(false);
    if (base64 && decodeBase64) {
      try {
        return Base64.getMimeDecoder().decode(body.asText());
      } catch (IllegalArgumentException e) {
        throw new MalformedProxyResponseException("body is not valid base64");
      }
    }
    return body.asText().getBytes(StandardCharsets.UTF_8);
  }

  private static void requireObject(JsonNode node, String field) {
    if (!node.isObject()) {
      throw new MalformedProxyResponseException(field + " is not an object");
    }
  }

  private static String scalar(JsonNode value, String field) {
    if (!value.isValueNode() || value.isNull()) {
      throw new MalformedProxyResponseException(field + " values must be strings");
    }
    return value.asText();
  }
}
