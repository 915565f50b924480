package dev.hangar.harness.internal.lambda;

import dev.hangar.harness.HarnessClock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What every function of a harness shares: where it pretends to run, the harness clock for
 * timestamps, a monotonic nanosecond source for durations and deadlines, and the id source.
 */
record RuntimeSettings(
    String region,
    String accountId,
    HarnessClock clock,
    LongSupplier nanoTime,
    Supplier<String> ids,
    Runnable threadSetup) {

  String functionArn(String name) {
    return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
  }
}
