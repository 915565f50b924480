package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A function typed {@code RequestHandler<DynamodbEvent, StreamsEventResponse>} receives a stream
 * batch as Lambda delivers it: the envelope {@code {"Records": [...]}} read by the Java runtime's
 * serializer with its DynamoDB mix-ins (AWS documentation: "Using AWS Lambda with Amazon
 * DynamoDB", "DynamoDB Streams and AWS Lambda triggers").
 */
class DynamodbEventDeliveryTest {
  private static final String KEYS = "{\"id\":{\"S\":\"o-1\"},\"n\":{\"N\":\"7\"}}";
  private static final String NEW_IMAGE =
      "{\"id\":{\"S\":\"o-1\"},\"n\":{\"N\":\"7\"},\"paid\":{\"BOOL\":true},\"note\":{\"NULL\":true},"
          + "\"lines\":{\"L\":[{\"S\":\"x\"},{\"N\":\"1.5\"}]},\"address\":{\"M\":{\"city\":{\"S\":\"Oslo\"}}},"
          + "\"tags\":{\"SS\":[\"a\",\"b\"]},\"sizes\":{\"NS\":[\"1\",\"2\"]},"
          + "\"blob\":{\"B\":\"aGVsbG8=\"},\"blobs\":{\"BS\":[\"aGk=\"]}}";
  private static final String OLD_IMAGE = "{\"id\":{\"S\":\"o-1\"},\"n\":{\"N\":\"6\"}}";

  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-03-04T05:06:07Z"));
  private final InMemoryDynamoStream stream = new InMemoryDynamoStream();
  private final Harness harness = Harness.builder().clock(clock).service(stream).build();
  private final StreamHandlers.Recording handler = new StreamHandlers.Recording();

  @AfterEach
  void close() {
    harness.close();
  }

  private DynamodbEvent.DynamodbStreamRecord deliver(
      String eventName, String newImage, String oldImage, boolean ttl) {
    harness.lambda().register(FunctionDefinition.builder("consumer").handler(handler).build());
    harness.lambda().eventSources().create(
        EventSourceMapping.builder("consumer", InMemoryDynamoStream.ARN, StartingPosition.TRIM_HORIZON)
            .build());
    stream.append("shardId-00000001", eventName, KEYS, newImage, oldImage, ttl);
    harness.lambda().eventSources().drain();
    assertThat(handler.events).hasSize(1);
    assertThat(handler.events.get(0).getRecords()).hasSize(1);
    return handler.events.get(0).getRecords().get(0);
  }

  @Test
  void modifyRecord_reachesATypedHandler_fieldByField() {
    DynamodbEvent.DynamodbStreamRecord record = deliver("MODIFY", NEW_IMAGE, OLD_IMAGE, false);

    assertThat(record.getEventID()).isEqualTo("00000000000000000000000000000001");
    assertThat(record.getEventName()).isEqualTo("MODIFY");
    assertThat(record.getEventVersion()).isEqualTo("1.1");
    assertThat(record.getEventSource()).isEqualTo("aws:dynamodb");
    assertThat(record.getAwsRegion()).isEqualTo("us-east-1");
    assertThat(record.getEventSourceARN()).isEqualTo(InMemoryDynamoStream.ARN);
    assertThat(record.getUserIdentity()).isNull();
    StreamRecord dynamodb = record.getDynamodb();
    assertThat(dynamodb.getApproximateCreationDateTime())
        .isEqualTo(Date.from(Instant.parse("2026-03-04T05:06:07Z")));
    assertThat(dynamodb.getSequenceNumber()).isNotEmpty();
    assertThat(dynamodb.getSizeBytes()).isPositive();
    assertThat(dynamodb.getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    assertThat(dynamodb.getKeys()).containsOnlyKeys("id", "n");
    assertThat(dynamodb.getKeys().get("n").getN()).isEqualTo("7");
    assertThat(dynamodb.getOldImage().get("n").getN()).isEqualTo("6");

    Map<String, AttributeValue> image = dynamodb.getNewImage();
    assertThat(image.get("id").getS()).isEqualTo("o-1");
    assertThat(image.get("paid").getBOOL()).isTrue();
    assertThat(image.get("note").isNULL()).isTrue();
    assertThat(image.get("lines").getL()).extracting(AttributeValue::getS, AttributeValue::getN)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x", null),
            org.assertj.core.groups.Tuple.tuple(null, "1.5"));
    assertThat(image.get("address").getM().get("city").getS()).isEqualTo("Oslo");
    assertThat(image.get("tags").getSS()).containsExactly("a", "b");
    assertThat(image.get("sizes").getNS()).containsExactly("1", "2");
    assertThat(text(image.get("blob").getB())).isEqualTo("hello");
    assertThat(image.get("blobs").getBS()).extracting(DynamodbEventDeliveryTest::text).containsExactly("hi");
  }

  @Test
  void ttlDeletion_carriesTheServiceIdentity() {
    DynamodbEvent.DynamodbStreamRecord record = deliver("REMOVE", null, OLD_IMAGE, true);

    assertThat(record.getEventName()).isEqualTo("REMOVE");
    assertThat(record.getUserIdentity().getType()).isEqualTo("Service");
    assertThat(record.getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(record.getDynamodb().getNewImage()).isNull();
    assertThat(record.getDynamodb().getOldImage()).containsOnlyKeys("id", "n");
  }

  @Test
  void envelope_isTheRecordsArray_withEachRecordAsTheStreamWroteIt() {
    harness.lambda().register(FunctionDefinition.builder("raw").handler(Handlers.StreamHandler.class).build());
    harness.lambda().eventSources().create(
        EventSourceMapping.builder("raw", InMemoryDynamoStream.ARN, StartingPosition.TRIM_HORIZON).build());
    stream.append("shardId-00000001", "INSERT", KEYS, NEW_IMAGE, null, false);
    stream.append("shardId-00000001", "REMOVE", KEYS, null, OLD_IMAGE, false);

    harness.lambda().eventSources().drain();

    List<InvocationRecord> invocations = harness.lambda().invocations("raw");
    assertThat(invocations).hasSize(1);
    List<dev.hangar.harness.spi.StreamRecord> written = stream.read("shardId-00000001", null, 10);
    assertThat(invocations.get(0).requestPayload())
        .isEqualTo("{\"Records\":[" + written.get(0).json() + "," + written.get(1).json() + "]}");
    assertThat(invocations.get(0).invocationType()).isEqualTo("RequestResponse");
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
