package dev.hangar.dynamo.internal.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One stream record: one change of one item, with DynamoDB's fields (Amazon DynamoDB API
 * Reference, "Record" and "StreamRecord" of DynamoDB Streams). It renders itself in the two shapes
 * DynamoDB uses: the Streams API's {@code GetRecords} shape, and the shape Lambda delivers in a
 * {@code DynamodbEvent}'s {@code Records} ("Using AWS Lambda with Amazon DynamoDB"), which adds
 * {@code eventSourceARN} and spells {@code userIdentity}'s members in lower camel case.
 *
 * @param position the record's place in its stream's sequence, increasing
 * @param eventId a unique id
 * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
 * @param region the region
 * @param created when DynamoDB wrote the record, on the harness clock
 * @param keys the item's key attributes
 * @param newImage the item after the change, or null when the view type or event omits it
 * @param oldImage the item before the change, or null when the view type or event omits it
 * @param sizeBytes the size of keys and images, as DynamoDB measures items
 * @param viewType the stream's view type
 * @param byTimeToLive whether Time to Live made the change (a service deletion)
 */
public record ChangeRecord(
    long position,
    String eventId,
    String eventName,
    String region,
    Instant created,
    Map<String, Value> keys,
    Map<String, Value> newImage,
    Map<String, Value> oldImage,
    long sizeBytes,
    StreamViewType viewType,
    boolean byTimeToLive) {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The record's {@code SequenceNumber}: 21 digits, increasing with {@link #position()}.
   *
   * @return the sequence number
   */
  public String sequenceNumber() {
    return SequenceNumbers.format(position);
  }

  /**
   * Writes the record as {@code GetRecords} returns it.
   *
   * @param out the generator
   * @throws IOException from the generator
   */
  public void writeStreamsApi(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("awsRegion", region);
    writeDynamodb(out);
    out.writeStringField("eventID", eventId);
    out.writeStringField("eventName", eventName);
    out.writeStringField("eventSource", "aws:dynamodb");
    out.writeStringField("eventVersion", "1.1");
    if (byTimeToLive) {
      out.writeObjectFieldStart("userIdentity");
      out.writeStringField("PrincipalId", "dynamodb.amazonaws.com");
      out.writeStringField("Type", "Service");
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  /**
   * The record as Lambda puts it in an event's {@code Records} array.
   *
   * @param streamArn the stream's ARN, the record's {@code eventSourceARN}
   * @return one JSON object
   */
  public String lambdaJson(String streamArn) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("eventID", eventId);
      out.writeStringField("eventName", eventName);
      out.writeStringField("eventVersion", "1.1");
      out.writeStringField("eventSource", "aws:dynamodb");
      out.writeStringField("awsRegion", region);
      writeDynamodb(out);
      out.writeStringField("eventSourceARN", streamArn);
      if (byTimeToLive) {
        out.writeObjectFieldStart("userIdentity");
        out.writeStringField("type", "Service");
        out.writeStringField("principalId", "dynamodb.amazonaws.com");
        out.writeEndObject();
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private void writeDynamodb(JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("dynamodb");
    out.writeNumberField("ApproximateCreationDateTime", created.getEpochSecond());
    out.writeFieldName("Keys");
    AttributeValues.writeMap(out, keys);
    if (newImage != null) {
      out.writeFieldName("NewImage");
      AttributeValues.writeMap(out, newImage);
    }
    if (oldImage != null) {
      out.writeFieldName("OldImage");
      AttributeValues.writeMap(out, oldImage);
    }
    out.writeStringField("SequenceNumber", sequenceNumber());
    out.writeNumberField("SizeBytes", sizeBytes);
    out.writeStringField("StreamViewType", viewType.name());
    out.writeEndObject();
  }
}
