package dev.hangar.harness.spi;

import dev.hangar.harness.HarnessClock;

/**
 * What a harness offers the services plugged into it: the account and region they pretend to run
 * in, the clock they must read instead of the system's, the functions they may invoke, ids from a
 * seeded source, hosts of their own (such as an API's {@code execute-api} host), and streams that
 * Lambda event source mappings read.
 *
 * @since 0.1.0
 */
public interface HarnessContext {

  /**
   * The AWS region the harness pretends to be, for example {@code us-east-1}.
   *
   * @return the region, never null
   */
  String region();

  /**
   * The twelve-digit AWS account id used in ARNs.
   *
   * @return the account id, never null
   */
  String accountId();

  /**
   * The harness clock; everything that waits or expires reads it.
   *
   * @return the clock, never null
   */
  HarnessClock clock();

  /**
   * The Lambda functions registered with this harness.
   *
   * @return the invoker, never null
   */
  FunctionInvoker functions();

  /**
   * A new id in UUID form, from the harness's seeded source, for request ids and the like.
   *
   * @return a new id, never null
   */
  String newId();

  /**
   * Routes requests for an extra host to this harness, for services whose SDK endpoint is a fixed
   * AWS host (for example {@code abc123.execute-api.us-east-1.amazonaws.com}). The route is removed
   * when the harness closes.
   *
   * @param host the host name, without scheme or port
   * @throws IllegalStateException when another open harness already routes that host
   */
  void routeHost(String host);

  /**
   * Registers a stream that Lambda event source mappings can read (a DynamoDB table's stream), so
   * that {@code harness.lambda().eventSources()} can map it to functions by its ARN. Register it
   * when the stream is enabled; close the registration when the stream or its table goes away.
   *
   * <p>The default implementation refuses, for contexts that deliver no streams; a harness's own
   * context accepts.
   *
   * @param source the stream
   * @return the registration, through which the source reports appended records; never null
   * @throws IllegalArgumentException when a source with the same ARN is registered, or its {@code
   *     eventSource} is not one Hangar delivers ({@code aws:dynamodb})
   * @throws UnsupportedOperationException when this context delivers no streams
   * @since 0.1.0
   */
  default StreamRegistration registerStreamSource(StreamRecordSource source) {
    throw new UnsupportedOperationException(
        "This HarnessContext (" + getClass().getName() + ") does not deliver streams to Lambda;"
            + " register stream sources with a Harness's own context");
  }

  /**
   * Shows a service every request the harness answers from now on, as an observer added with
   * {@code Harness.builder().observer(...)} is shown them (same threads, same order after the
   * builder's observers), for services that report on the calls made while they serve a request:
   * the gateway's per-request trace lists the calls its functions make, found by their {@link
   * TraceContext}.
   *
   * <p>The default implementation refuses, for contexts that answer no requests; a harness's own
   * context accepts.
   *
   * @param observer the observer
   * @throws UnsupportedOperationException when this context answers no requests
   * @since 0.1.0
   */
  default void addObserver(RequestObserver observer) {
    throw new UnsupportedOperationException(
        "This HarnessContext (" + getClass().getName() + ") answers no requests; add observers to"
            + " a Harness's own context");
  }
}
