package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one Lambda authorizer: reads the cache by identity, invokes the function when needed,
 * evaluates the policy against the request's ARN (a cached policy is evaluated again against each
 * new ARN, as API Gateway does, so a policy cached for one resource can deny another), and turns
 * failures into API Gateway's refusals. Shared by REST, HTTP and WebSocket APIs.
 */
public final class LambdaAuthorizerRunner {
  private final String function;
  private final boolean simpleResponses;
  private final FunctionInvoker functions;
  private final ResultCache<LambdaAuthorizerOutput> cache;

  /**
   * A runner.
   *
   * @param function the authorizer function
   * @param simpleResponses whether the function returns HTTP API simple responses
   * @param ttl the result cache TTL; zero for no cache
   * @param functions the harness's functions
   * @param clock the harness clock
   */
  public LambdaAuthorizerRunner(
      String function,
      boolean simpleResponses,
      Duration ttl,
      FunctionInvoker functions,
      HarnessClock clock) {
    this.function = function;
    this.simpleResponses = simpleResponses;
    this.functions = functions;
    this.cache = new ResultCache<>(ttl, clock);
  }

  /**
   * Authorizes one request.
   *
   * @param identity the identity source values, all present
   * @param arn the request's {@code methodArn} or {@code routeArn}
   * @param event builds the authorizer's event when the function must be called
   * @return the outcome, never null
   */
  public AuthOutcome authorize(List<String> identity, String arn, Supplier<JsonNode> event) {
    LambdaAuthorizerOutput output = cache.get(identity);
    boolean fromCache = output != null;
    if (output == null) {
      InvokeOutcome outcome;
      try {
        outcome = functions.invoke(function, Json.bytes(event.get()));
      } catch (IllegalArgumentException e) {
        return failure("authorizer function " + function + " could not be invoked: " + e.getMessage());
      }
      if (outcome.failed()) {
        JsonNode error = Json.parseOrNull(outcome.payload());
        String message = error == null ? "" : error.path("errorMessage").asText("");
        if (message.equals("Unauthorized")) {
          return new AuthOutcome.Refused(
              AuthOutcome.Refusal.UNAUTHORIZED, Map.of(), "the authorizer answered Unauthorized");
        }
        return failure("the authorizer function failed: " + outcome.payloadAsString());
      }
      try {
        output =
            simpleResponses
                ? LambdaAuthorizerOutput.parseSimple(outcome.payload())
                : LambdaAuthorizerOutput.parsePolicy(outcome.payload());
      } catch (InvalidAuthorizerOutputException e) {
        return failure(e.getMessage());
      }
      cache.put(identity, output);
    }
    return decide(output, arn, fromCache);
  }

  private AuthOutcome decide(LambdaAuthorizerOutput output, String arn, boolean fromCache) {
    if (simpleResponses) {
      return output.authorized()
          ? allowed(output, fromCache)
          : new AuthOutcome.Refused(
              AuthOutcome.Refusal.FORBIDDEN, Map.of(), "the authorizer answered isAuthorized=false");
    }
    PolicyDecision decision;
    try {
      decision = PolicyEvaluator.evaluate(output.policyDocument(), arn);
    } catch (InvalidAuthorizerOutputException e) {
      return failure(e.getMessage());
    }
    return switch (decision) {
      case ALLOW -> allowed(output, fromCache);
      case EXPLICIT_DENY -> new AuthOutcome.Refused(
          AuthOutcome.Refusal.EXPLICIT_DENY, Map.of(), "the policy denies " + arn);
      case IMPLICIT_DENY -> new AuthOutcome.Refused(
          AuthOutcome.Refusal.IMPLICIT_DENY, Map.of(), "no statement of the policy allows " + arn);
    };
  }

  private static AuthOutcome allowed(LambdaAuthorizerOutput output, boolean fromCache) {
    ObjectNode context = output.context().deepCopy();
    return new AuthOutcome.Allowed(
        output.principalId(), context, output.usageIdentifierKey(), fromCache);
  }

  private static AuthOutcome failure(String detail) {
    return new AuthOutcome.Refused(AuthOutcome.Refusal.AUTHORIZER_FAILURE, Map.of(), detail);
  }
}
