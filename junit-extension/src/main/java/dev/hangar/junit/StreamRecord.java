package dev.hangar.junit;

import dev.hangar.junit.internal.dynamo.StreamReader.StreamEntry;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a table's stream, as GetRecords returns it ("StreamRecord" and "Record" in the
 * DynamoDB Streams API reference), with its keys and images in the plain Java values of {@link
 * DynamoTable}.
 *
 * @since 0.1.0
 */
public final class StreamRecord {
  /** The {@code userIdentity.PrincipalId} of deletions made by Time to Live. */
  public static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

  private final StreamEntry entry;

  StreamRecord(StreamEntry entry) {
    this.entry = entry;
  }

  /**
   * The kind of change: {@code INSERT}, {@code MODIFY} or {@code REMOVE}.
   *
   * @return the event name, never null
   */
  public String eventName() {
    return entry.eventName();
  }

  /**
   * The key attributes of the changed item ({@code dynamodb.Keys}).
   *
   * @return the keys, never null
   */
  public Map<String, Object> keys() {
    return entry.keys();
  }

  /**
   * The item after the change ({@code dynamodb.NewImage}); empty for a REMOVE, and when the
   * stream's view type is {@code KEYS_ONLY} or {@code OLD_IMAGE}.
   *
   * @return the new image
   */
  public Optional<Map<String, Object>> newImage() {
    return Optional.ofNullable(entry.newImage());
  }

  /**
   * The item before the change ({@code dynamodb.OldImage}); empty for an INSERT, and when the
   * stream's view type is {@code KEYS_ONLY} or {@code NEW_IMAGE}.
   *
   * @return the old image
   */
  public Optional<Map<String, Object>> oldImage() {
    return Optional.ofNullable(entry.oldImage());
  }

  /**
   * Whether Time to Live deleted the item: a REMOVE whose {@code userIdentity} is {@code Type}
   * {@code Service}, {@code PrincipalId} {@code dynamodb.amazonaws.com} ("Time to Live (TTL) and
   * DynamoDB Streams" in the DynamoDB Developer Guide).
   *
   * @return whether this is a TTL deletion
   */
  public boolean isTtlDeletion() {
    return "REMOVE".equals(entry.eventName())
        && TTL_PRINCIPAL.equals(entry.principalId())
        && "Service".equals(entry.identityType());
  }

  /**
   * The record's sequence number ({@code dynamodb.SequenceNumber}).
   *
   * @return the sequence number, never null
   */
  public String sequenceNumber() {
    return entry.sequenceNumber();
  }

  /**
   * The record's event name, {@code userIdentity}, keys and images as one JSON object.
   *
   * @param style plain JSON or DynamoDB JSON
   * @return the JSON text, never null
   */
  public String toJson(JsonStyle style) {
    return style == JsonStyle.DYNAMODB ? entry.dynamoDbJson() : entry.plainJson();
  }

  @Override
  public String toString() {
    return toJson(JsonStyle.PLAIN);
  }
}
