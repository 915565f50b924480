package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Places partitions as DynamoDB does: by a hash of the partition key, so that Scan returns items
 * in an order unrelated to insertion, and parallel scan segments split the hash space.
 */
public final class PartitionHash {
  private PartitionHash() {}

  /**
   * The canonical bytes of a key value: a type tag, then the UTF-8 string, the normalised number
   * text or the binary.
   *
   * @param value an S, N or B value
   * @return the bytes
   */
  public static byte[] keyBytes(Value value) {
    byte[] body;
    byte tag;
    if (value instanceof Value.S s) {
      body = s.value().getBytes(StandardCharsets.UTF_8);
      tag = 'S';
    } else if (value instanceof Value.N n) {
      body = n.text().getBytes(StandardCharsets.US_ASCII);
      tag = 'N';
    } else if (value instanceof Value.B b) {
      body = b.value();
      tag = 'B';
    } else {
      throw new IllegalArgumentException("Not a key type: " + value.type());
    }
    byte[] bytes = new byte[body.length + 1];
    bytes[0] = tag;
    System.arraycopy(body, 0, bytes, 1, body.length);
    return bytes;
  }

  /**
   * The 32-bit hash of a partition key value, read as unsigned.
   *
   * @param keyBytes the canonical bytes from {@link #keyBytes(Value)}
   * @return the hash
   */
  public static int hash(byte[] keyBytes) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(keyBytes);
      return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8)
          | (digest[3] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }

  /**
   * The parallel-scan segment a hash belongs to: segments split the unsigned hash space into equal
   * ranges, so every item is in exactly one segment.
   *
   * @param hash the hash
   * @param totalSegments the number of segments
   * @return the segment, from 0
   */
  public static int segment(int hash, int totalSegments) {
    return (int) (((hash & 0xffffffffL) * totalSegments) >>> 32);
  }
}
