package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Lambda {@code REQUEST} authorizer on {@code $connect}, as "Control access to WebSocket APIs
 * with AWS Lambda REQUEST authorizers" describes it: identity sources checked first (401 when one
 * is missing), the function invoked with the {@code REQUEST} input and a {@code methodArn} ending
 * in {@code /$connect}, its policy evaluated for that ARN (403 on deny), its failure with {@code
 * Unauthorized} a 401, any other failure or a malformed result a 500.
 *
 * <p>The WebSocket gateway's own implementation until the REST/HTTP APIs' shared Lambda authorizer
 * code can serve {@link ConnectAuthorizer}.
 */
public final class LambdaRequestAuthorizer implements ConnectAuthorizer {
  private final String functionName;
  private final List<String> identitySources;
  private final FunctionInvoker functions;
  private final ApiStage stage;
  private final WebSocketEvents events;

  LambdaRequestAuthorizer(
      String functionName,
      List<String> identitySources,
      FunctionInvoker functions,
      ApiStage stage,
      WebSocketEvents events) {
    this.functionName = functionName;
    this.identitySources = List.copyOf(identitySources);
    this.functions = functions;
    this.stage = stage;
    this.events = events;
  }

  @Override
  public AuthorizerDecision authorize(LiveConnection connection, Instant now) {
    if (!identitySourcesPresent(connection.handshake())) {
      return AuthorizerDecision.refuse(401);
    }
    String methodArn = stage.routeArn("$connect");
    ObjectNode input = WebSocketEvents.JSON.createObjectNode();
    input.put("type", "REQUEST");
    input.put("methodArn", methodArn);
    ObjectNode connect = events.connect(connection, now);
    for (String field :
        List.of(
            "headers",
            "multiValueHeaders",
            "queryStringParameters",
            "multiValueQueryStringParameters",
            "stageVariables",
            "requestContext")) {
      if (connect.has(field)) {
        input.set(field, connect.get(field));
      }
    }
    if (!input.has("stageVariables")) {
      input.putObject("stageVariables");
    }
    InvokeOutcome outcome;
    try {
      outcome = functions.invoke(functionName, WebSocketEvents.JSON.writeValueAsBytes(input));
    } catch (IOException e) {
      throw new IllegalStateException("Could not serialise an authorizer input", e);
    }
    if (outcome.failed()) {
      return AuthorizerDecision.refuse(isUnauthorized(outcome) ? 401 : 500);
    }
    return decide(outcome.payload(), methodArn);
  }

  private boolean identitySourcesPresent(HandshakeRequest handshake) {
    for (String source : identitySources) {
      String[] parts = source.split("\\.", 4);
      boolean present =
          "header".equals(parts[2])
              ? handshake.headers().first(parts[3]).filter(v -> !v.isEmpty()).isPresent()
              : handshake.query().getOrDefault(parts[3], List.of()).stream()
                  .anyMatch(v -> !v.isEmpty());
      if (!present) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnauthorized(InvokeOutcome outcome) {
    try {
      JsonNode error = WebSocketEvents.JSON.readTree(outcome.payload());
      return error != null && "Unauthorized".equals(error.path("errorMessage").asText());
    } catch (IOException e) {
      return false;
    }
  }

  private static AuthorizerDecision decide(byte[] payload, String methodArn) {
    JsonNode result;
    try {
      result = WebSocketEvents.JSON.readTree(payload);
    } catch (IOException e) {
      return AuthorizerDecision.refuse(500);
    }
    if (result == null || !result.isObject() || !result.path("principalId").isValueNode()) {
      return AuthorizerDecision.refuse(500);
    }
    switch (IamPolicy.evaluate(result.get("policyDocument"), methodArn)) {
      case MALFORMED:
        return AuthorizerDecision.refuse(500);
      case DENY:
        return AuthorizerDecision.refuse(403);
      default:
        break;
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("principalId", result.get("principalId").asText());
    JsonNode values = result.get("context");
    if (values != null && !values.isNull()) {
      if (!values.isObject()) {
        return AuthorizerDecision.refuse(500);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = values.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode value = entry.getValue();
        // API Gateway accepts only strings, numbers and booleans as context values.
        if (!value.isValueNode() || value.isNull()) {
          return AuthorizerDecision.refuse(500);
        }
        context.put(entry.getKey(), WebSocketEvents.JSON.convertValue(value, Object.class));
      }
    }
    context.put("integrationLatency", 0);
    return AuthorizerDecision.allow(context);
  }
}
