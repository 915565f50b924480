package dev.hangar.gateway;

import java.util.List;
import java.util.Objects;

/**
 * What the gateway did with one request, in order: stage and route selection, API key and
 * authorizer decisions, cache hits, the function invocation and its outcome, and between them the
 * AWS calls the authorizer and the function made while serving the request ({@code call dynamodb
 * GetItem orders -> 200}, with the error's type when one failed). Read it with {@link
 * FakeGateway#traces()} to see why a request got the response it got.
 *
 * <p>A call joins the trace of the request it was made for even when requests run at the same
 * time: the gateway's {@code X-Amzn-Trace-Id} goes with each invocation into the function, as on
 * AWS. Calls made from threads the function starts itself, or sent to the harness's loopback
 * endpoint, cannot be attributed and are not listed.
 *
 * @param requestId the request id API Gateway gave the request (the event's {@code
 *     requestContext.requestId})
 * @param api the API's name
 * @param method the request method
 * @param path the raw path the client sent
 * @param routeKey the selected route key, or null when none matched
 * @param status the status sent to the client
 * @param steps the steps, human-readable, in order (the function's calls as they were answered)
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
