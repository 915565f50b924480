package dev.hangar.harness.spi;

/**
 * Sees every request a harness answers, after it is answered: for flight records, request logs and
 * assertions on the calls code under test made. Added with {@code
 * Harness.builder().observer(...)}.
 *
 * <p>The harness's own dispatcher calls it, so it sees requests from every path alike: clients
 * pointed at {@code harness.endpoint()}, unconfigured clients reaching the ambient endpoint from a
 * test thread or from a Lambda function's execution environment (a handler's {@code
 * DynamoDbClient.create()}), the loopback endpoint, and {@code Harness.handle}. Requests the
 * gateway fakes pass to functions in-process are invocations, not requests, and are not seen.
 *
 * <p>It is called on the thread that made the request (a test thread, an execution environment's
 * thread) or, for the loopback endpoint, on the server's thread; calls may be concurrent, so an
 * implementation must be thread-safe. It should be quick: the client waits for it. If it throws,
 * the client receives a {@code HangarObserverFailed} error (HTTP 400) naming the exception instead
 * of the response, although the request was carried out.
 *
 * <p>The service name tells which fake answered. The operation is in the request: the {@code
 * X-Amz-Target} header for JSON-protocol services such as DynamoDB ({@code
 * DynamoDB_20120810.PutItem}), else the method and path. For a request a function made while
 * serving a caller that entered a {@link TraceContext} (the gateway, for each of its requests),
 * {@link TraceContext#current()} tells that caller's trace.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RequestObserver {
  /**
   * The service name passed when the harness answered a request itself: no service handles it, or
   * the harness is closed.
   */
  String HARNESS = "hangar";

  /**
   * Called once per answered request, after the service answered it.
   *
   * @param service the {@linkplain AwsService#name() name} of the service that answered, or {@link
   *     #HARNESS}; never null
   * @param request the request as the service received it; never null
   * @param response the response the client is about to receive; never null
   */
  void requestHandled(String service, ServiceRequest request, ServiceResponse response);
}
