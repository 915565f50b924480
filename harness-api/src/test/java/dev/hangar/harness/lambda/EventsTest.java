package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.amazonaws.services.lambda.runtime.events.CloudFrontEvent;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.amazonaws.services.lambda.runtime.events.CodeCommitEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoEvent;
import com.amazonaws.services.lambda.runtime.events.ConfigEvent;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.IoTButtonEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisFirehoseEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.LambdaDestinationEvent;
import com.amazonaws.services.lambda.runtime.events.LexEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.hangar.harness.Harness;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventsTest {
  private final Harness harness = Harness.builder().build();
  private final Lambda lambda = harness.lambda();

  @BeforeEach
  void register() {
    lambda.register(FunctionDefinition.builder("echo").handler(Handlers.Pojo.class).method("streams").build());
  }

  @AfterEach
  void close() {
    harness.close();
  }

  /** Sends an event through the serializer to a function that echoes the bytes, and reads it back. */
  private <T> T roundTrip(T event, Class<T> type) {
    T back = lambda.invoke("echo", event, type);
    assertThat(Events.toJson(back)).isEqualTo(Events.toJson(event));
    return back;
  }

  static List<Class<?>> supportedEvents() {
    return List.of(
        APIGatewayProxyRequestEvent.class, APIGatewayProxyResponseEvent.class,
        CloudFormationCustomResourceEvent.class, CloudFrontEvent.class, CloudWatchLogsEvent.class,
        CodeCommitEvent.class, CognitoEvent.class, ConfigEvent.class, ConnectEvent.class,
        DynamodbEvent.class, DynamodbTimeWindowEvent.class, IoTButtonEvent.class, KinesisEvent.class,
        KinesisFirehoseEvent.class, KinesisTimeWindowEvent.class, LambdaDestinationEvent.class,
        LexEvent.class, S3Event.class, SNSEvent.class, SQSEvent.class, ScheduledEvent.class,
        SecretsManagerRotationEvent.class);
  }

  @ParameterizedTest
  @MethodSource("supportedEvents")
  void everySupportedEventClass_roundTripsThroughTheRuntimesSerializer(Class<?> type) throws Exception {
    assertThat(LambdaEventSerializers.isLambdaSupportedEvent(type.getName())).isTrue();
    Object empty = Events.fromJson("{}", type);
    @SuppressWarnings("unchecked")
    Class<Object> raw = (Class<Object>) type;
    roundTrip(empty, raw);
  }

  @Test
  void apiGatewayV1_hasTheProxyFieldsAndRoundTrips() {
    APIGatewayProxyRequestEvent event = Events.apiGatewayV1("post", "/users", "{\"name\":\"ada\"}");
    assertThat(event.getHttpMethod()).isEqualTo("POST");
    assertThat(event.getResource()).isEqualTo("/users");
    assertThat(event.getPath()).isEqualTo("/users");
    assertThat(event.getRequestContext().getPath()).isEqualTo("/prod/users");
    assertThat(event.getRequestContext().getStage()).isEqualTo("prod");
    assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
    assertThat(event.getMultiValueHeaders().get("Content-Type")).containsExactly("application/json");
    assertThat(event.getIsBase64Encoded()).isFalse();
    roundTrip(event, APIGatewayProxyRequestEvent.class);
  }

  @Test
  void httpApi_hasPayloadFormat2AndRoundTrips() {
    APIGatewayV2HTTPEvent event = Events.httpApi("GET", "/items/7", null);
    assertThat(event.getVersion()).isEqualTo("2.0");
    assertThat(event.getRouteKey()).isEqualTo("GET /items/7");
    assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
    assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
    assertThat(event.getHeaders()).containsEntry("host", "1234567890.execute-api.us-east-1.amazonaws.com");
    roundTrip(event, APIGatewayV2HTTPEvent.class);
  }

  @Test
  void sqs_hasOneRecordPerBodyWithTheRealMd5() {
    SQSEvent event = Events.sqs("hello", "world");
    assertThat(event.getRecords()).extracting(SQSEvent.SQSMessage::getBody).containsExactly("hello", "world");
    assertThat(event.getRecords().get(0).getMd5OfBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(event.getRecords().get(0).getEventSourceArn())
        .isEqualTo("arn:aws:sqs:us-east-1:123456789012:my-queue");
    assertThat(Events.toJson(event)).contains("\"eventSourceARN\":\"arn:aws:sqs:");
    roundTrip(event, SQSEvent.class);
  }

  @Test
  void sns_usesThePascalCaseNamesOfTheWire() {
    SNSEvent event = Events.sns("greeting", "hi");
    assertThat(event.getRecords().get(0).getSNS().getMessage()).isEqualTo("hi");
    assertThat(event.getRecords().get(0).getSNS().getSubject()).isEqualTo("greeting");
    assertThat(Events.toJson(event))
        .contains("\"Records\":[{")
        .contains("\"Sns\":{")
        .contains("\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:sns-lambda\"");
    roundTrip(event, SNSEvent.class);
  }

  @Test
  void s3Put_describesTheObject() {
    S3Event event = Events.s3Put("photos", "cats/tom.jpg", 1024);
    var record = event.getRecords().get(0);
    assertThat(record.getEventName()).isEqualTo("ObjectCreated:Put");
    assertThat(record.getS3().getBucket().getName()).isEqualTo("photos");
    assertThat(record.getS3().getObject().getKey()).isEqualTo("cats/tom.jpg");
    assertThat(record.getS3().getObject().getSizeAsLong()).isEqualTo(1024L);
    roundTrip(event, S3Event.class);
  }

  @Test
  void dynamoDbStream_carriesTheImagesInDynamoDbJson() {
    DynamodbEvent event =
        Events.dynamoDbStream(
            "MODIFY", "{\"id\":{\"S\":\"1\"}}", "{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"2\"}}",
            "{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"1\"}}");
    var record = event.getRecords().get(0);
    assertThat(record.getEventName()).isEqualTo("MODIFY");
    assertThat(record.getDynamodb().getNewImage().get("n").getN()).isEqualTo("2");
    assertThat(record.getDynamodb().getOldImage().get("n").getN()).isEqualTo("1");
    assertThat(record.getDynamodb().getKeys().get("id").getS()).isEqualTo("1");
    assertThat(Events.toJson(event)).contains("\"NewImage\":{").contains("\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"");
    roundTrip(event, DynamodbEvent.class);
  }

  @Test
  void dynamoDbStream_withUnknownEventName_failsAtOnce() {
    assertThatThrownBy(() -> Events.dynamoDbStream("UPSERT", "{}", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A DynamoDB stream event name is INSERT, MODIFY or REMOVE, got 'UPSERT'");
  }

  @Test
  void scheduled_isAnEventBridgeScheduledEvent() {
    ScheduledEvent event = Events.scheduled();
    assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
    assertThat(event.getSource()).isEqualTo("aws.events");
    assertThat(event.getResources()).containsExactly("arn:aws:events:us-east-1:123456789012:rule/my-schedule");
    assertThat(Events.toJson(event)).contains("\"detail-type\":\"Scheduled Event\"");
    roundTrip(event, ScheduledEvent.class);
  }

  @Test
  void fromResource_readsAJsonTestFile() {
    lambda.register(FunctionDefinition.builder("typed").handler(Handlers.TypedHandler.class).build());
    Handlers.Order order = Events.fromResource("events/order.json", Handlers.Order.class);
    assertThat(order.id).isEqualTo("o-9");
    Handlers.Receipt receipt = lambda.invoke("typed", order, Handlers.Receipt.class);
    assertThat(receipt.total).isEqualTo(20);
    assertThat(lambda.invokeJson("typed", Events.resourceText("events/order.json")).payloadAsString())
        .isEqualTo("{\"orderId\":\"o-9\",\"total\":20}");
  }

  @Test
  void fromResource_missingFile_namesWhereToPutIt() {
    assertThatThrownBy(() -> Events.fromResource("events/nope.json", SQSEvent.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No test resource 'events/nope.json' on the class path; put the file under"
                + " src/test/resources/events/nope.json");
  }

  @Test
  void typedInvoke_ofAFailingFunction_throwsWithTheErrorPayload() {
    lambda.register(FunctionDefinition.builder("failing").handler(Handlers.Pojo.class).method("fails").build());
    assertThatThrownBy(() -> lambda.invoke("failing", "x", String.class))
        .isInstanceOfSatisfying(
            FunctionErrorException.class,
            e -> {
              assertThat(e.errorType()).isEqualTo("java.lang.IllegalArgumentException");
              assertThat(e.errorMessage()).isEqualTo("bad input: x");
              assertThat(e.payload()).startsWith("{\"errorMessage\":\"bad input: x\"");
            });
  }
}
