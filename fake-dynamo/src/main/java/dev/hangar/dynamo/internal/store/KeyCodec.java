package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Byte-comparable primary keys for sorted byte maps: comparing two encoded keys as unsigned bytes
 * gives the store's order, partitions by {@link PartitionHash} (hash, then key bytes) and, within a
 * partition, sort keys in {@code ValueOrder}.
 *
 * <p>Layout: the 4-byte big-endian hash; the partition key's canonical bytes with {@code 00} escaped
 * as {@code 00 FF}; the terminator {@code 00 01}; then the sort key, unescaped because it is last.
 */
public final class KeyCodec {
  private static final int NEGATIVE = 0x00;
  private static final int ZERO = 0x01;
  private static final int POSITIVE = 0x02;

  private KeyCodec() {}

  /**
   * The encoded key of an item.
   *
   * @param key the primary key
   * @return the bytes
   */
  public static byte[] key(PrimaryKey key) {
    ByteArrayOutputStream out = partition(key.partition(), 1);
    if (key.sort() != null) {
      byte[] sort = sortBytes(key.sort());
      out.write(sort, 0, sort.length);
    }
    return out.toByteArray();
  }

  /**
   * The first key a partition can hold (inclusive).
   *
   * @param partition the partition key value
   * @return the bytes
   */
  public static byte[] partitionStart(Value partition) {
    return partition(partition, 1).toByteArray();
  }

  /**
   * The bound just after every key of a partition (exclusive).
   *
   * @param partition the partition key value
   * @return the bytes
   */
  public static byte[] partitionEnd(Value partition) {
    return partition(partition, 2).toByteArray();
  }

  /**
   * The first possible key of a hash, for starting a scan segment.
   *
   * @param hash the unsigned hash
   * @return four bytes
   */
  public static byte[] hashStart(int hash) {
    return new byte[] {(byte) (hash >>> 24), (byte) (hash >>> 16), (byte) (hash >>> 8), (byte) hash};
  }

  /**
   * The partition hash an encoded key starts with.
   *
   * @param key an encoded key
   * @return the hash
   */
  public static int hashOf(byte[] key) {
    return ((key[0] & 0xff) << 24) | ((key[1] & 0xff) << 16) | ((key[2] & 0xff) << 8)
        | (key[3] & 0xff);
  }

  private static ByteArrayOutputStream partition(Value partition, int terminator) {
    byte[] keyBytes = PartitionHash.keyBytes(partition);
    ByteArrayOutputStream out = new ByteArrayOutputStream(keyBytes.length + 24);
    out.write(hashStart(PartitionHash.hash(keyBytes)), 0, 4);
    for (byte b : keyBytes) {
      out.write(b);
      if (b == 0) {
        out.write(0xff);
      }
    }
    out.write(0);
    out.write(terminator);
    return out;
  }

  /**
   * A sort key value as bytes whose unsigned order is {@code ValueOrder}: strings as UTF-8 (the
   * order of code points), binaries as they are, numbers as sign, exponent and digits.
   *
   * @param value an S, N or B value
   * @return the bytes
   */
  static byte[] sortBytes(Value value) {
    if (value instanceof Value.S s) {
      return s.value().getBytes(StandardCharsets.UTF_8);
    }
    if (value instanceof Value.B b) {
      return b.value();
    }
    if (value instanceof Value.N n) {
      return numberBytes(n.value());
    }
    throw new IllegalArgumentException("Not a key type: " + value.type());
  }

  private static byte[] numberBytes(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return new byte[] {ZERO};
    }
    String digits = stripped.unscaledValue().abs().toString();
    // The number is 0.DIGITS x 10^exponent; a larger exponent means a larger magnitude.
    int exponent = digits.length() - stripped.scale();
    boolean negative = stripped.signum() < 0;
    byte[] out = new byte[1 + 4 + digits.length() + (negative ? 1 : 0)];
    out[0] = (byte) (negative ? NEGATIVE : POSITIVE);
    int biased = exponent ^ 0x80000000;
    if (negative) {
      biased = ~biased;
    }
    out[1] = (byte) (biased >>> 24);
    out[2] = (byte) (biased >>> 16);
    out[3] = (byte) (biased >>> 8);
    out[4] = (byte) biased;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(i) - '0';
      out[5 + i] = (byte) ('0' + (negative ? 9 - digit : digit));
    }
    if (negative) {
      // Above every digit, so that a longer magnitude (a more negative number) sorts first.
      out[out.length - 1] = (byte) 0xff;
    }
    return out;
  }
}
