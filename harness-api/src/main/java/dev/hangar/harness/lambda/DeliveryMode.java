package dev.hangar.harness.lambda;

/**
 * When a harness delivers stream records to the functions mapped to them. Lambda polls streams
 * continuously; a test needs to know when the trigger has run, so Hangar delivers at defined
 * points instead.
 *
 * @since 0.1.0
 */
public enum DeliveryMode {
  /**
   * Records are delivered when the test calls {@link EventSources#drain()} (the default): a write
   * returns before its trigger runs, and the test decides when the trigger runs.
   */
  ON_DRAIN,
  /**
   * Records are also delivered as soon as the stream reports them appended, inside the write that
   * produced them (or by the thread already delivering), so the write's caller sees the trigger's
   * effect when the write returns. Retries of a failing batch that Lambda would make later still
   * wait for {@link EventSources#drain()}.
   */
  ON_APPEND
}
