package dev.hangar.harness.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.internal.lambda.LambdaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Events to invoke functions with, filled like the samples {@code sam local generate-event} gives
 * (account {@code 123456789012}, region {@code us-east-1}, fixed times and ids), and read by the
 * Java runtime's own serializer, so they are what a handler receives on Lambda. The returned
 * objects are the mutable classes of {@code aws-lambda-java-events}: change any field before
 * invoking.
 *
 * <p>Ids are derived from the content, so the same call gives the same event.
 *
 * @since 0.1.0
 */
public final class Events {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ACCOUNT = "123456789012";
  private static final String REGION = "us-east-1";
  private static final long EPOCH_MILLIS = 1_700_000_000_000L;
  private static final String TIME = "2023-11-14T22:13:20Z";

  private Events() {}

  /**
   * An API Gateway REST API proxy event (payload format 1.0) for stage {@code prod}.
   *
   * @param method the HTTP method, for example {@code POST}
   * @param path the request path, for example {@code /users}; also used as the resource
   * @param body the body, or null
   * @return the event, never null
   */
  public static APIGatewayProxyRequestEvent apiGatewayV1(String method, String path, String body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    ObjectNode e = MAPPER.createObjectNode();
    e.put("resource", path);
    e.put("path", path);
    e.put("httpMethod", method.toUpperCase(Locale.ROOT));
    ObjectNode headers = e.putObject("headers");
    ObjectNode multi = e.putObject("multiValueHeaders");
    header(headers, multi, "Accept", "*/*");
    header(headers, multi, "Host", "1234567890.execute-api.us-east-1.amazonaws.com");
    header(headers, multi, "User-Agent", "Custom User Agent String");
    header(headers, multi, "X-Forwarded-For", "127.0.0.1");
    header(headers, multi, "X-Forwarded-Port", "443");
    header(headers, multi, "X-Forwarded-Proto", "https");
    if (body != null) {
      header(headers, multi, "Content-Type", "application/json");
    }
    e.putNull("queryStringParameters");
    e.putNull("multiValueQueryStringParameters");
    e.putNull("pathParameters");
    e.putNull("stageVariables");
    ObjectNode context = e.putObject("requestContext");
    context.put("accountId", ACCOUNT);
    context.put("resourceId", "123456");
    context.put("stage", "prod");
    context.put("requestId", id("apigw-v1", method + path + body));
    context.put("requestTime", "14/Nov/2023:22:13:20 +0000");
    context.put("requestTimeEpoch", EPOCH_MILLIS);
    ObjectNode identity = context.putObject("identity");
    identity.put("sourceIp", "127.0.0.1");
    identity.put("userAgent", "Custom User Agent String");
    context.put("path", "/prod" + path);
    context.put("resourcePath", path);
    context.put("httpMethod", method.toUpperCase(Locale.ROOT));
    context.put("apiId", "1234567890");
    context.put("protocol", "HTTP/1.1");
    e.put("body", body);
    e.put("isBase64Encoded", false);
    return read(e, APIGatewayProxyRequestEvent.class);
  }

  /**
   * An API Gateway HTTP API event (payload format 2.0) for the {@code $default} stage, with route
   * key {@code METHOD path}.
   *
   * @param method the HTTP method
   * @param path the raw path
   * @param body the body, or null
   * @return the event, never null
   */
  public static APIGatewayV2HTTPEvent httpApi(String method, String path, String body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    String upper = method.toUpperCase(Locale.ROOT);
    ObjectNode e = MAPPER.createObjectNode();
    e.put("version", "2.0");
    e.put("routeKey", upper + " " + path);
    e.put("rawPath", path);
    e.put("rawQueryString", "");
    ObjectNode headers = e.putObject("headers");
    headers.put("accept", "*/*");
    headers.put("host", "1234567890.execute-api.us-east-1.amazonaws.com");
    headers.put("user-agent", "Custom User Agent String");
    headers.put("x-forwarded-for", "127.0.0.1");
    headers.put("x-forwarded-port", "443");
    headers.put("x-forwarded-proto", "https");
    if (body != null) {
      headers.put("content-type", "application/json");
      headers.put("content-length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
    }
    ObjectNode context = e.putObject("requestContext");
    context.put("accountId", ACCOUNT);
    context.put("apiId", "1234567890");
    context.put("domainName", "1234567890.execute-api.us-east-1.amazonaws.com");
    context.put("domainPrefix", "1234567890");
    ObjectNode http = context.putObject("http");
    http.put("method", upper);
    http.put("path", path);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "127.0.0.1");
    http.put("userAgent", "Custom User Agent String");
    context.put("requestId", id("apigw-v2", method + path + body));
    context.put("routeKey", upper + " " + path);
    context.put("stage", "$default");
    context.put("time", "14/Nov/2023:22:13:20 +0000");
    context.put("timeEpoch", EPOCH_MILLIS);
    e.put("body", body);
    e.put("isBase64Encoded", false);
    return read(e, APIGatewayV2HTTPEvent.class);
  }

  /**
   * An SQS event with one message per body, from queue {@code my-queue}, with the real MD5 of each
   * body.
   *
   * @param bodies the message bodies
   * @return the event, never null
   */
  public static SQSEvent sqs(String... bodies) {
    ObjectNode e = MAPPER.createObjectNode();
    ArrayNode records = e.putArray("Records");
    for (int i = 0; i < bodies.length; i++) {
      String body = Objects.requireNonNull(bodies[i], "body");
      ObjectNode r = records.addObject();
      r.put("messageId", id("sqs", i + body));
      r.put("receiptHandle", "AQEB" + id("receipt", i + body).replace("-", ""));
      r.put("body", body);
      ObjectNode attributes = r.putObject("attributes");
      attributes.put("ApproximateReceiveCount", "1");
      attributes.put("SentTimestamp", Long.toString(EPOCH_MILLIS));
      attributes.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
      attributes.put("ApproximateFirstReceiveTimestamp", Long.toString(EPOCH_MILLIS + 5));
      r.putObject("messageAttributes");
      r.put("md5OfBody", md5(body));
      r.put("eventSource", "aws:sqs");
      r.put("eventSourceARN", "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":my-queue");
      r.put("awsRegion", REGION);
    }
    return read(e, SQSEvent.class);
  }

  /**
   * An SNS event with one notification from topic {@code sns-lambda}.
   *
   * @param subject the subject, or null
   * @param message the message
   * @return the event, never null
   */
  public static SNSEvent sns(String subject, String message) {
    Objects.requireNonNull(message, "message");
    String topic = "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":sns-lambda";
    ObjectNode e = MAPPER.createObjectNode();
    ObjectNode r = e.putArray("Records").addObject();
    r.put("EventVersion", "1.0");
    r.put("EventSubscriptionArn", topic + ":" + id("subscription", topic));
    r.put("EventSource", "aws:sns");
    ObjectNode sns = r.putObject("Sns");
    sns.put("SignatureVersion", "1");
    sns.put("Timestamp", TIME);
    sns.put("Signature", "tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==");
    sns.put("SigningCertUrl", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-example.pem");
    sns.put("MessageId", id("sns", subject + message));
    sns.put("Message", message);
    sns.putObject("MessageAttributes");
    sns.put("Type", "Notification");
    sns.put("UnsubscribeUrl", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + topic);
    sns.put("TopicArn", topic);
    sns.put("Subject", subject);
    return read(e, SNSEvent.class);
  }

  /**
   * An S3 {@code ObjectCreated:Put} notification.
   *
   * @param bucket the bucket name
   * @param key the object key (as S3 sends it: URL-encoded)
   * @param size the object size in bytes
   * @return the event, never null
   */
  public static S3Event s3Put(String bucket, String key, long size) {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    ObjectNode e = MAPPER.createObjectNode();
    ObjectNode r = e.putArray("Records").addObject();
    r.put("eventVersion", "2.0");
    r.put("eventSource", "aws:s3");
    r.put("awsRegion", REGION);
    r.put("eventTime", "2023-11-14T22:13:20.000Z");
    r.put("eventName", "ObjectCreated:Put");
    r.putObject("userIdentity").put("principalId", "EXAMPLE");
    r.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    ObjectNode response = r.putObject("responseElements");
    response.put("x-amz-request-id", "EXAMPLE123456789");
    response.put("x-amz-id-2", "EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH");
    ObjectNode s3 = r.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", "testConfigRule");
    ObjectNode b = s3.putObject("bucket");
    b.put("name", bucket);
    b.putObject("ownerIdentity").put("principalId", "EXAMPLE");
    b.put("arn", "arn:aws:s3:::" + bucket);
    ObjectNode o = s3.putObject("object");
    o.put("key", key);
    o.put("size", size);
    o.put("eTag", md5(bucket + "/" + key));
    o.put("sequencer", "0A1B2C3D4E5F678901");
    return read(e, S3Event.class);
  }

  /**
   * A DynamoDB stream event with one record for table {@code my-table} and view type {@code
   * NEW_AND_OLD_IMAGES}. Images are given in DynamoDB JSON, for example {@code
   * {"id":{"S":"1"}}}.
   *
   * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
   * @param keys the key attributes in DynamoDB JSON
   * @param newImage the new image in DynamoDB JSON, or null (for {@code REMOVE})
   * @param oldImage the old image in DynamoDB JSON, or null (for {@code INSERT})
   * @return the event, never null
   * @throws IllegalArgumentException when the event name is not one of the three, or an image is
   *     not JSON
   */
  public static DynamodbEvent dynamoDbStream(
      String eventName, String keys, String newImage, String oldImage) {
    if (!eventName.equals("INSERT") && !eventName.equals("MODIFY") && !eventName.equals("REMOVE")) {
      throw new IllegalArgumentException(
          "A DynamoDB stream event name is INSERT, MODIFY or REMOVE, got '" + eventName + "'");
    }
    ObjectNode e = MAPPER.createObjectNode();
    ObjectNode r = e.putArray("Records").addObject();
    r.put("eventID", id("ddb", eventName + keys + newImage + oldImage).replace("-", ""));
    r.put("eventName", eventName);
    r.put("eventVersion", "1.1");
    r.put("eventSource", "aws:dynamodb");
    r.put("awsRegion", REGION);
    ObjectNode d = r.putObject("dynamodb");
    d.put("ApproximateCreationDateTime", EPOCH_MILLIS / 1000);
    d.set("Keys", parse(keys, "keys"));
    if (newImage != null) {
      d.set("NewImage", parse(newImage, "newImage"));
    }
    if (oldImage != null) {
      d.set("OldImage", parse(oldImage, "oldImage"));
    }
    d.put("SequenceNumber", "111");
    d.put("SizeBytes", 26);
    d.put("StreamViewType", "NEW_AND_OLD_IMAGES");
    r.put(
        "eventSourceARN",
        "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/my-table/stream/2023-11-14T22:13:20.000");
    return read(e, DynamodbEvent.class);
  }

  /**
   * An EventBridge (CloudWatch Events) scheduled event from rule {@code my-schedule}.
   *
   * @return the event, never null
   */
  public static ScheduledEvent scheduled() {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("version", "0");
    e.put("account", ACCOUNT);
    e.put("region", REGION);
    e.putObject("detail");
    e.put("detail-type", "Scheduled Event");
    e.put("source", "aws.events");
    e.put("time", TIME);
    e.put("id", id("scheduled", TIME));
    e.putArray("resources").add("arn:aws:events:" + REGION + ":" + ACCOUNT + ":rule/my-schedule");
    return read(e, ScheduledEvent.class);
  }

  /**
   * Reads an event from JSON as the Java runtime would deliver it to a handler taking {@code type}.
   *
   * @param json the event JSON
   * @param type the event class
   * @param <T> the event type
   * @return the event, never null unless the JSON is {@code null}
   */
  public static <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return LambdaJson.read(json, type);
  }

  /**
   * Reads an event from a JSON file among the test resources (the context class loader's), as
   * the Java runtime would deliver it.
   *
   * @param resource the resource path, for example {@code events/order-created.json}
   * @param type the event class
   * @param <T> the event type
   * @return the event
   * @throws IllegalArgumentException when the resource does not exist
   */
  public static <T> T fromResource(String resource, Class<T> type) {
    return fromJson(resourceText(resource), type);
  }

  /**
   * The text of a JSON file among the test resources, for {@link Lambda#invokeJson(String,
   * String)}.
   *
   * @param resource the resource path
   * @return the file's text
   * @throws IllegalArgumentException when the resource does not exist
   */
  public static String resourceText(String resource) {
    Objects.requireNonNull(resource, "resource");
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Events.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "No test resource '" + path + "' on the class path; put the file under"
                + " src/test/resources/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read test resource " + path, e);
    }
  }

  /**
   * Writes an event or result as the Java runtime serialises it.
   *
   * @param event the object
   * @return the JSON text, never null
   */
  public static String toJson(Object event) {
    Objects.requireNonNull(event, "event");
    return LambdaJson.write(event);
  }

  private static void header(ObjectNode single, ObjectNode multi, String name, String value) {
    single.put(name, value);
    multi.putArray(name).add(value);
  }

  private static JsonNode parse(String json, String what) {
    try {
      return MAPPER.readTree(Objects.requireNonNull(json, what));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T read(ObjectNode event, Class<T> type) {
    return LambdaJson.read(event.toString(), type);
  }

  private static String id(String kind, String content) {
    return UUID.nameUUIDFromBytes((kind + ":" + content).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK always has MD5", e);
    }
  }
}
