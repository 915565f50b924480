package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Lets the asynchronous ({@code Event}) invocations a test queued finish before the test ends, so
 * that they run against the test's own tables and ambient settings, never against the next test's
 * (a reset harness) or a closed harness (a per-method one). Retries scheduled for later on the
 * harness clock are not waited for: they only become due when the test advances the clock.
 */
final class AsyncInvocationWait {
  /** Beyond the longest function timeout: room for the queue's other attempts and start-up. */
  private static final Duration MARGIN = Duration.ofSeconds(60);

  private AsyncInvocationWait() {}

  /** Waits until no asynchronous attempt of the harness is due or running. */
  static void await(Harness harness, String test) {
    Duration longest =
        harness.lambda().functions().stream()
            .map(FunctionDefinition::timeout)
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    Duration limit = longest.plus(MARGIN);
    try {
      harness.lambda().awaitAsyncIdle(limit);
    } catch (IllegalStateException e) {
      throw new ExtensionConfigurationException(
          test
              + " ended with asynchronous (Event) invocations still running after "
              + limit
              + " (the longest function timeout plus "
              + MARGIN
              + "); a handler that never returns blocks the harness: make it return, or give"
              + " its function a timeout",
          e);
    }
  }
}
