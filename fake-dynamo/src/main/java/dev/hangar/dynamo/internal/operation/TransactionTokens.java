package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.harness.HarnessClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TransactWriteItems' {@code ClientRequestToken}s: for ten minutes on the harness clock, a repeated
 * token with the same request succeeds again without writing; with a different request it is an
 * {@code IdempotentParameterMismatchException}.
 *
 * <p>The AWS SDK gives every TransactWriteItems call a token, so there is one entry per
 * transaction: each keeps a SHA-256 digest of its request rather than the request, and entries are
 * kept in the order they were recorded so that expiring them looks only at the oldest.
 */
final class TransactionTokens {
  private static final Duration WINDOW = Duration.ofMinutes(10);
  private final HarnessClock clock;
  private final Map<String, Entry> tokens = new LinkedHashMap<>();

  private record Entry(byte[] requestDigest, Instant at) {}

  TransactionTokens(HarnessClock clock) {
    this.clock = clock;
  }

  /**
   * Whether this token was already used for this request within the window.
   *
   * @throws DynamoException when it was used for another request
   */
  boolean seen(String token, String fingerprint) {
    Entry entry;
    synchronized (tokens) {
      expire(clock.now());
      entry = tokens.get(token);
    }
    if (entry == null) {
      return false;
    }
    if (!Arrays.equals(entry.requestDigest(), digest(fingerprint))) {
      throw new DynamoException(
          DynamoException.DYNAMODB + "IdempotentParameterMismatchException", 400,
          "Transaction with the same ClientRequestToken has a different set of parameters.");
    }
    return true;
  }

  /** Records a token after its transaction succeeded. */
  void record(String token, String fingerprint) {
    Entry entry = new Entry(digest(fingerprint), clock.now());
    synchronized (tokens) {
      // Re-inserting moves the token to the end, where its new time belongs.
      tokens.remove(token);
      tokens.put(token, entry);
    }
  }

  /** How many tokens are remembered now (for tests). */
  int size() {
    synchronized (tokens) {
      expire(clock.now());
      return tokens.size();
    }
  }

  private void expire(Instant now) {
    Iterator<Entry> entries = tokens.values().iterator();
    while (entries.hasNext()) {
      if (entries.next().at().plus(WINDOW).isAfter(now)) {
        return;
      }
      entries.remove();
    }
  }

  private static byte[] digest(String fingerprint) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(fingerprint.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
