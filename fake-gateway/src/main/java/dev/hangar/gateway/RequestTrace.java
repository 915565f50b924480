package dev.hangar.gateway;

import java.util.List;
import java.util.Objects;

/**
 * What the gateway did with one request, in order: stage and route selection, API key and
 * authorizer decisions, cache hits, the function invocation and its outcome. Read it with {@link
 * FakeGateway#traces()} to see why a request got the response it got.
 *
 * @param requestId the request id API Gateway gave the request (the event's {@code
 *     requestContext.requestId})
 * @param api the API's name
 * @param method the request method
 * @param path the raw path the client sent
 * @param routeKey the selected route key, or null when none matched
 * @param status the status sent to the client
 * @param steps the steps, human-readable, in order
 * @since 0.1.0
 */
public record RequestTrace(
    String requestId,
    String api,
    String method,
    String path,
    String routeKey,
    int status,
    List<String> steps) {

  /** Copies the steps. */
  public RequestTrace {
    Objects.requireNonNull(requestId, "requestId");
    steps = List.copyOf(steps);
  }
}
