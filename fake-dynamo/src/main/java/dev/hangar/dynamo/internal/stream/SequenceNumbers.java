package dev.hangar.dynamo.internal.stream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The sequence numbers of one fake's streams: one increasing counter, written as DynamoDB writes
 * sequence numbers (21 decimal digits, the first not zero, so that text order and number order
 * agree).
 */
public final class SequenceNumbers {
  private static final String PREFIX = "1";
  private static final int DIGITS = 20;

  private final AtomicLong last = new AtomicLong();

  /**
   * The next position.
   *
   * @return a position greater than every one before
   */
  long next() {
    return last.incrementAndGet();
  }

  /**
   * Makes later positions greater than one handed out before (by a fake that kept a data
   * directory).
   *
   * @param position a position handed out before
   */
  void atLeast(long position) {
    last.accumulateAndGet(position, Math::max);
  }

  /**
   * The position the next record will take, or a later one.
   *
   * @return the position after the last one handed out
   */
  long upcoming() {
    return last.get() + 1;
  }

  /**
   * A position as a sequence number.
   *
   * @param position the position
   * @return 21 digits
   */
  public static String format(long position) {
    String digits = Long.toString(position);
    return PREFIX + "0".repeat(DIGITS - digits.length()) + digits;
  }

  /**
   * A sequence number as a position.
   *
   * @param sequenceNumber the text a client sent
   * @return the position, or -1 when the text is no sequence number of this fake
   */
  public static long parse(String sequenceNumber) {
    if (sequenceNumber.length() != PREFIX.length() + DIGITS || !sequenceNumber.startsWith(PREFIX)) {
      return -1;
    }
    long position = 0;
    for (int i = PREFIX.length(); i < sequenceNumber.length(); i++) {
      char c = sequenceNumber.charAt(i);
      if (c < '0' || c > '9' || position > (Long.MAX_VALUE - 9) / 10) {
        return -1;
      }
      position = position * 10 + (c - '0');
    }
    return position;
  }
}
