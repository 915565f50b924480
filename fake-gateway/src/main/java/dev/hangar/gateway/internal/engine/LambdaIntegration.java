package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The Lambda proxy integration of a route: builds the payload version's event (with binary bodies
 * base64-encoded by each API type's rule), invokes the function through the harness, applies the
 * integration timeout on the harness clock and maps the result to the client's response.
 */
final class LambdaIntegration {
  private final ApiDefinition definition;
  private final ApiIdentity api;
  private final boolean rest;
  private final boolean payloadV2;
  private final HarnessContext context;
  private final CorsPolicy cors;

  LambdaIntegration(ApiDefinition definition, ApiIdentity api, HarnessContext context, CorsPolicy cors) {
    this.definition = definition;
    this.api = api;
    this.rest = definition.type() == ApiDefinition.Type.REST;
    this.payloadV2 = definition.payloadFormatVersion().equals("2.0");
    this.context = context;
    this.cors = cors;
  }

  ServiceResponse invoke(Exchange ex) {
    byte[] event = Json.bytes(event(ex));
    String function = resolve(ex.route.function(), ex);
    if (function == null) {
      ex.note("function " + ex.route.function() + " names a stage variable stage " + ex.stage
          + " does not define");
      ex.errorMessage = "Internal server error";
      return GatewayErrors.integrationFailure(rest);
    }
    Instant start = context.clock().now();
    InvokeOutcome outcome;
    try {
      outcome = context.functions().invoke(function, event);
    } catch (RuntimeException e) {
      ex.note("function " + function + " could not be invoked: " + e.getMessage());
      ex.errorMessage = "Internal server error";
      return GatewayErrors.invocationRefused(rest);
    }
    long latency = Duration.between(start, context.clock().now()).toMillis();
    ex.integrationLatency = latency;
    if (latency > definition.integrationTimeout().toMillis()) {
      ex.note("function " + function + " took " + latency + " ms on the harness clock, over the "
          + definition.integrationTimeout().toMillis() + " ms integration timeout");
      ex.errorMessage = "Endpoint request timed out";
      return GatewayErrors.integrationTimeout(rest);
    }
    ex.integrationStatus = 200;
    if (outcome.failed()) {
      ex.note("function " + function + " failed: " + outcome.payloadAsString());
      ex.errorMessage = "Internal server error";
      return GatewayErrors.integrationFailure(rest);
    }
    try {
      ServiceResponse response =
          payloadV2
              ? ProxyResponses.v2(outcome.payload())
              : ProxyResponses.v1(outcome.payload(), rest, decodeBinary(ex));
      ex.note("function " + function + " returned " + response.status());
      return cors.decorate(ex, response);
    } catch (MalformedProxyResponseException e) {
      ex.note(e.getMessage() + ": " + outcome.payloadAsString());
      ex.errorMessage = "Internal server error";
      return GatewayErrors.integrationFailure(rest);
    }
  }

  private boolean decodeBinary(Exchange ex) {
    if (!rest) {
      return true;
    }
    String accept = ex.inbound.headers().first("Accept").orElse(null);
    String first = accept == null ? null : MediaTypes.bare(accept.split(",")[0]);
    return MediaTypes.matchesAny(first, definition.binaryMediaTypes());
  }

  private ObjectNode event(Exchange ex) {
    byte[] body = ex.inbound.body();
    String type = MediaTypes.bare(ex.inbound.headers().first("Content-Type").orElse(null));
    boolean base64 =
        body.length > 0
            && (rest
                ? MediaTypes.matchesAny(type, definition.binaryMediaTypes())
                : !MediaTypes.isText(type) || !isUtf8(body));
    String text =
        body.length == 0
            ? null
            : base64
                ? Base64.getEncoder().encodeToString(body)
                : new String(body, StandardCharsets.UTF_8);
    if (payloadV2) {
      return HttpEvent.build(ex, api, text, base64);
    }
    String resource = ex.routeKey.isDefault() ? "$default" : ex.routeKey.path();
    return rest
        ? RestEvent.build(ex, api, resource, text, base64)
        : HttpV1Event.build(ex, api, resource, text, base64);
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }


  /** Substitutes {@code ${stageVariables.NAME}} in a function name; null when one is undefined. */
  private static String resolve(String function, Exchange ex) {
    int start = function.indexOf("${stageVariables.");
    if (start < 0) {
      return function;
    }
    StringBuilder resolved = new StringBuilder();
    int from = 0;
    while (start >= 0) {
      int end = function.indexOf('}', start);
      if (end < 0) {
        return null;
      }
      String value = ex.stageVariables.get(function.substring(start + 17, end));
      if (value == null) {
        return null;
      }
      resolved.append(function, from, start).append(value);
      from = end + 1;
      start = function.indexOf("${stageVariables.", from);
    }
    return resolved.append(function.substring(from)).toString();
  }
}
