package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.auth.AuthOutcome;
import dev.hangar.gateway.internal.auth.LambdaAuthorizerRunner;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.FunctionInvoker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Lambda {@code REQUEST} authorizer of a WebSocket API's {@code $connect} route, as "Control
 * access to WebSocket APIs with AWS Lambda REQUEST authorizers" describes it, on the authorizer
 * code REST and HTTP APIs share ({@link LambdaAuthorizerRunner}): identity sources checked first,
 * the function invoked with the {@code REQUEST} input and a {@code methodArn} ending in {@code
 * /$connect}, its IAM policy evaluated for that ARN.
 *
 * <p>Results are not cached: {@code AuthorizerResultTtlInSeconds} is "supported only for HTTP API
 * Lambda authorizers" (API Gateway V2 API reference, "Authorizer"), so each connection attempt
 * invokes the function.
 */
final class ConnectAuthorizer {
  private static final List<String> REQUEST_FIELDS =
      List.of(
          "headers",
          "multiValueHeaders",
          "queryStringParameters",
          "multiValueQueryStringParameters",
          "stageVariables",
          "requestContext");

  private final List<String> identitySources;
  private final LambdaAuthorizerRunner runner;
  private final ApiStage stage;
  private final WebSocketEvents events;

  ConnectAuthorizer(
      String functionName,
      List<String> identitySources,
      FunctionInvoker functions,
      HarnessClock clock,
      ApiStage stage,
      WebSocketEvents events) {
    this.identitySources = List.copyOf(identitySources);
    this.runner = new LambdaAuthorizerRunner(functionName, false, Duration.ZERO, functions, clock);
    this.stage = stage;
    this.events = events;
  }

  /**
   * Authorises one connection attempt.
   *
   * @param connection the connection being opened
   * @param now the time of the attempt
   * @return the outcome, never null
   */
  AuthOutcome authorize(LiveConnection connection, Instant now) {
    List<String> identity = new ArrayList<>();
    for (String source : identitySources) {
      Optional<String> value = identityValue(connection.handshake(), source);
      if (value.isEmpty()) {
        return new AuthOutcome.Refused(
            AuthOutcome.Refusal.UNAUTHORIZED, Map.of(), "identity source " + source + " is missing");
      }
      identity.add(value.get());
    }
    String methodArn = stage.routeArn("$connect");
    return runner.authorize(identity, methodArn, () -> input(connection, now, methodArn));
  }

  /** The value of {@code route.request.header.NAME} or {@code route.request.querystring.NAME}. */
  private static Optional<String> identityValue(HandshakeRequest handshake, String source) {
    String[] parts = source.split("\\.", 4);
    Optional<String> value =
        "header".equals(parts[2])
            ? handshake.headers().first(parts[3])
            : handshake.query().getOrDefault(parts[3], List.of()).stream()
                .filter(v -> !v.isEmpty())
                .findFirst();
    return value.filter(v -> !v.isEmpty());
  }

  private ObjectNode input(LiveConnection connection, Instant now, String methodArn) {
    ObjectNode input = Json.object();
    input.put("type", "REQUEST");
    input.put("methodArn", methodArn);
    ObjectNode connect = events.connect(connection, now);
    for (String field : REQUEST_FIELDS) {
      if (connect.has(field)) {
        input.set(field, connect.get(field));
      }
    }
    if (!input.has("stageVariables")) {
      input.putObject("stageVariables");
    }
    return input;
  }

  /**
   * What later events of an allowed connection carry as {@code requestContext.authorizer}: the
   * principal, the context's values with their JSON types, and {@code integrationLatency}.
   */
  static ObjectNode eventContext(AuthOutcome.Allowed allowed) {
    ObjectNode context = Json.object();
    context.put("principalId", allowed.principalId());
    context.setAll(allowed.context());
    context.put("integrationLatency", 0);
    return context;
  }

  /** The HTTP status that refuses the upgrade, as the WebSocket client sees it. */
  static int status(AuthOutcome.Refused refused) {
    return switch (refused.refusal()) {
      case UNAUTHORIZED -> 401;
      case AUTHORIZER_FAILURE -> 500;
      case EXPLICIT_DENY, IMPLICIT_DENY, FORBIDDEN -> 403;
    };
  }
}
