package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.json.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * The parsed output of a Lambda authorizer: either an IAM policy response ({@code principalId},
 * {@code policyDocument}, {@code context}, {@code usageIdentifierKey}) or an HTTP API simple
 * response ({@code isAuthorized}, {@code context}). Context values must be strings, numbers,
 * booleans or null; an object or array makes the output invalid ("Output from an API Gateway
 * Lambda authorizer").
 *
 * @param principalId the principal, or null
 * @param policyDocument the policy, or null for simple responses
 * @param authorized the simple response's decision (unused for policies)
 * @param context the context, never null
 * @param usageIdentifierKey the API key, or null
 */
public record LambdaAuthorizerOutput(
    String principalId,
    JsonNode policyDocument,
    boolean authorized,
    ObjectNode context,
    String usageIdentifierKey) {

  /**
   * Parses a policy response.
   *
   * @throws InvalidAuthorizerOutputException when the output is not a valid policy response
   */
  public static LambdaAuthorizerOutput parsePolicy(byte[] payload) {
    JsonNode root = Json.parseOrNull(payload);
    if (root == null || !root.isObject()) {
      throw new InvalidAuthorizerOutputException("the authorizer's output is not a JSON object");
    }
    JsonNode principal = root.get("principalId");
    if (principal == null || !principal.isValueNode() || principal.isNull()) {
      throw new InvalidAuthorizerOutputException("the output has no principalId");
    }
    JsonNode policy = root.get("policyDocument");
    if (policy == null || !policy.isObject()) {
      throw new InvalidAuthorizerOutputException("the output has no policyDocument object");
    }
    JsonNode key = root.get("usageIdentifierKey");
    return new LambdaAuthorizerOutput(
        principal.asText(),
        policy,
        false,
        context(root),
        key == null || key.isNull() ? null : key.asText());
  }

  /**
   * Parses an HTTP API simple response.
   *
   * @throws InvalidAuthorizerOutputException when {@code isAuthorized} is not a boolean
   */
  public static LambdaAuthorizerOutput parseSimple(byte[] payload) {
    JsonNode root = Json.parseOrNull(payload);
    if (root == null || !root.isObject() || !root.path("isAuthorized").isBoolean()) {
      throw new InvalidAuthorizerOutputException(
          "a simple response must be an object with a boolean isAuthorized");
    }
    return new LambdaAuthorizerOutput(
        null, null, root.get("isAuthorized").booleanValue(), context(root), null);
  }

  private static ObjectNode context(JsonNode root) {
    JsonNode context = root.get("context");
    if (context == null || context.isNull()) {
      return Json.object();
    }
    if (!context.isObject()) {
      throw new InvalidAuthorizerOutputException("context must be an object");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = context.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (!(value.isTextual() || value.isNumber() || value.isBoolean() || value.isNull())) {
        throw new InvalidAuthorizerOutputException(
            "context value '" + field.getKey() + "' is not a string, number or boolean");
      }
    }
    return ((ObjectNode) context).deepCopy();
  }
}
