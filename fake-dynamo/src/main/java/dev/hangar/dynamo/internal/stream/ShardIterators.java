package dev.hangar.dynamo.internal.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Shard iterators: opaque tokens that carry the stream, the shard, the next position to read and
 * when they were issued, sealed with a per-fake secret so that an edited token is refused as
 * DynamoDB refuses it ("Invalid ShardIterator"). They expire 15 minutes after issue, on the harness
 * clock (Amazon DynamoDB API Reference, "GetShardIterator": "A shard iterator expires 15 minutes
 * after it is returned to the requester").
 */
public final class ShardIterators {
  /** How long an iterator may be used. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  private final long secret;

  /**
   * Iterators sealed with a secret.
   *
   * @param secret the fake's secret
   */
  public ShardIterators(long secret) {
    this.secret = secret;
  }

  /**
   * A decoded iterator.
   *
   * @param streamArn the stream
   * @param shardId the shard
   * @param from the first position to read
   * @param issuedMillis when it was issued, epoch milliseconds on the harness clock
   */
  public record Position(String streamArn, String shardId, long from, long issuedMillis) {}

  /**
   * A new iterator.
   *
   * @param position what it points at
   * @return the token
   */
  public String issue(Position position) {
    String body = position.shardId() + "|" + position.from() + "|" + position.issuedMillis();
    String sealed = body + "|" + Long.toHexString(seal(position.streamArn() + "|" + body));
    return position.streamArn() + "|1|"
        + Base64.getEncoder().encodeToString(sealed.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads an iterator.
   *
   * @param token the token a client sent
   * @return the position
   * @throws dev.hangar.dynamo.internal.error.DynamoException "Invalid ShardIterator" when the
   *     token was not issued by this fake
   */
  public Position read(String token) {
    int first = token.indexOf('|');
    if (first < 0 || !token.startsWith("|1|", first)) {
      throw StreamErrors.invalidIterator();
    }
    String arn = token.substring(0, first);
    String sealed;
    try {
      sealed = new String(
          Base64.getDecoder().decode(token.substring(first + 3)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw StreamErrors.invalidIterator();
    }
    String[] parts = sealed.split("\\|", -1);
    if (parts.length != 4) {
      throw StreamErrors.invalidIterator();
    }
    String body = parts[0] + "|" + parts[1] + "|" + parts[2];
    if (!Long.toHexString(seal(arn + "|" + body)).equals(parts[3])) {
      throw StreamErrors.invalidIterator();
    }
    try {
      return new Position(arn, parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      throw StreamErrors.invalidIterator();
    }
  }

  private long seal(String text) {
    long hash = 0xcbf29ce484222325L ^ secret;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash ^ (hash >>> 29);
  }
}
