package dev.hangar.harness.spi;

import dev.hangar.harness.HarnessClock;

/**
 * What a harness offers the services plugged into it: the account and region they pretend to run
 * in, the clock they must read instead of the system's, the functions they may invoke, ids from a
 * seeded source, and hosts of their own (such as an API's {@code execute-api} host).
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
}
