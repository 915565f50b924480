package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TransactWriteItems' {@code ClientRequestToken}s: for ten minutes on the harness clock, a repeated
 * token with the same request succeeds again without writing; with a different request it is an
 * {@code IdempotentParameterMismatchException}.
 */
final class TransactionTokens {
  private static final Duration WINDOW = Duration.ofMinutes(10);
  private final HarnessClock clock;
  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();

  private record Entry(String requestFingerprint, Instant at) {}

  TransactionTokens(HarnessClock clock) {
    this.clock = clock;
  }

  /**
   * Whether this token was already used for this request within the window.
   *
   * @throws DynamoException when it was used for another request
   */
  boolean seen(String token, String fingerprint) {
    Instant now = clock.now();
    expire(now);
    Entry entry = tokens.get(token);
    if (entry == null) {
      return false;
    }
    if (!entry.requestFingerprint().equals(fingerprint)) {
      throw new DynamoException(
          DynamoException.DYNAMODB + "IdempotentParameterMismatchException", 400,
          "Transaction with the same ClientRequestToken has a different set of parameters.");
    }
    return true;
  }

  /** Records a token after its transaction succeeded. */
  void record(String token, String fingerprint) {
    tokens.put(token, new Entry(fingerprint, clock.now()));
  }

  private void expire(Instant now) {
    Iterator<Entry> entries = tokens.values().iterator();
    while (entries.hasNext()) {
      if (!entries.next().at().plus(WINDOW).isAfter(now)) {
        entries.remove();
      }
    }
  }
}
