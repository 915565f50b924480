package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.Route;
import dev.hangar.gateway.internal.route.RouteKey;
import dev.hangar.harness.spi.HttpHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything the gateway learns about one request while handling it. */
final class Exchange {
  final Inbound inbound;
  final String requestId;
  final String extendedRequestId;
  final Instant time;
  /** Written by the request's thread and by functions' threads reporting their calls. */
  private final List<String> trace = new ArrayList<>();
  String stage;
  Map<String, String> stageVariables = Map.of();
  /** The path relative to the stage, raw. */
  String path;
  /** Header names and values the integration sees (gateway-added headers included). */
  HttpHeaders headers;
  Route route;
  RouteKey routeKey;
  Map<String, String> pathParameters = Map.of();
  ObjectNode authorizerContext;
  String principalId;
  String apiKey;
  String apiKeyId;
  /** The {@code usageIdentifierKey} the route's Lambda authorizer returned, or null. */
  String authorizerApiKey;
  String authorizerError;
  String errorMessage;
  String cacheStatus;
  int status;
  long integrationLatency = -1;
  int integrationStatus = -1;
  long responseLength;

  Exchange(Inbound inbound, String requestId, String extendedRequestId, Instant time) {
    this.inbound = inbound;
    this.requestId = requestId;
    this.extendedRequestId = extendedRequestId;
    this.time = time;
  }

  void note(String step) {
    synchronized (trace) {
      trace.add(step);
    }
  }

  List<String> steps() {
    synchronized (trace) {
      return List.copyOf(trace);
    }
  }
}
