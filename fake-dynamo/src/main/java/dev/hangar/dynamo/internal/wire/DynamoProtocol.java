package dev.hangar.dynamo.internal.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.ConditionalCheckFailed;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.error.TransactionCanceled;
import dev.hangar.dynamo.internal.operation.Operation;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON 1.0 protocol: the operation from {@code X-Amz-Target}, the request body as JSON,
 * the response or error body, and the {@code x-amz-crc32} and {@code x-amzn-RequestId} headers.
 * Every failure becomes a DynamoDB-shaped error; malformed JSON is a {@code
 * SerializationException}, never a server error.
 */
public final class DynamoProtocol {
  /** The prefix of DynamoDB's {@code X-Amz-Target} values. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  /** In lower case, as headers are looked up: the lookup then lower-cases without copying. */
  private static final String TARGET_HEADER = "x-amz-target";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  /** The prefix of the DynamoDB Streams API's {@code X-Amz-Target} values. */
  public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

  private final String prefix;
  private final Map<String, Operation> operations;
  private final Supplier<String> requestIds;

  /**
   * A protocol over a set of operations.
   *
   * @param operations operation name (as in {@code X-Amz-Target}) to implementation
   * @param requestIds the source of request ids
   */
  public DynamoProtocol(Map<String, Operation> operations, Supplier<String> requestIds) {
    this(TARGET_PREFIX, operations, requestIds);
  }

  /**
   * A protocol over a set of operations of an API with another target prefix (DynamoDB Streams).
   *
   * @param prefix the {@code X-Amz-Target} prefix, such as {@link #STREAMS_TARGET_PREFIX}
   * @param operations operation name (after the prefix) to implementation
   * @param requestIds the source of request ids
   */
  public DynamoProtocol(
      String prefix, Map<String, Operation> operations, Supplier<String> requestIds) {
    this.prefix = prefix;
    this.operations = Map.copyOf(operations);
    this.requestIds = requestIds;
  }

  /**
   * Whether a request is a DynamoDB request.
   *
   * @param request the request
   * @return true when its target names DynamoDB's API
   */
  public static boolean isDynamoRequest(ServiceRequest request) {
    String target = request.header(TARGET_HEADER);
    return target != null && target.startsWith(TARGET_PREFIX);
  }

  /**
   * Whether a request is a DynamoDB Streams request.
   *
   * @param request the request
   * @return true when its target names the DynamoDB Streams API
   */
  public static boolean isStreamsRequest(ServiceRequest request) {
    String target = request.header(TARGET_HEADER);
    return target != null && target.startsWith(STREAMS_TARGET_PREFIX);
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @return the response, never a 5xx for bad input
   */
  public ServiceResponse handle(ServiceRequest request) {
    String requestId = requestIds.get();
    try {
      String target = request.header(TARGET_HEADER);
      Operation operation = target == null ? null
          : operations.get(target.substring(Math.min(target.length(), prefix.length())));
      if (operation == null) {
        throw new DynamoException(
            DynamoException.SERVICE + "UnknownOperationException", 400, null);
      }
      ObjectNode body = parse(request.body());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
      try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
        operation.run(body, out);
      }
      return respond(200, buffer.toByteArray(), requestId);
    } catch (DynamoException e) {
      return respond(e.status(), errorBody(e), requestId);
    } catch (IOException | RuntimeException e) {
      DynamoException internal = new DynamoException(
          DynamoException.DYNAMODB + "InternalServerError", 500,
          "Hangar failed to answer this request (" + e + "); please report it");
      return respond(500, errorBody(internal), requestId);
    }
  }

  private static ObjectNode parse(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new DynamoException(DynamoException.SERVICE + "SerializationException", 400, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || node.isMissingNode()) {
      throw new DynamoException(DynamoException.SERVICE + "SerializationException", 400, null);
    }
    return JsonShapes.asStructure(node);
  }

  private static byte[] errorBody(DynamoException error) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
    try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
      out.writeStartObject();
      out.writeStringField("__type", error.type());
      if (error.getMessage() != null) {
        out.writeStringField("message", error.getMessage());
      }
      if (error instanceof ConditionalCheckFailed failed && failed.item() != null) {
        out.writeFieldName("Item");
        AttributeValues.writeMap(out, failed.item());
      }
      if (error instanceof TransactionCanceled canceled) {
        out.writeArrayFieldStart("CancellationReasons");
        for (TransactionCanceled.Reason reason : canceled.reasons()) {
          out.writeStartObject();
          out.writeStringField("Code", reason.code());
          if (reason.message() != null) {
            out.writeStringField("Message", reason.message());
          }
          if (reason.item() != null) {
            out.writeFieldName("Item");
            AttributeValues.writeMap(out, reason.item());
          }
          out.writeEndObject();
        }
        out.writeEndArray();
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static ServiceResponse respond(int status, byte[] body, String requestId) {
    CRC32 crc = new CRC32();
    crc.update(body);
    HttpHeaders headers = HttpHeaders.builder()
        .add("Content-Type", CONTENT_TYPE)
        .add("x-amzn-RequestId", requestId)
        .add("x-amz-crc32", Long.toString(crc.getValue()))
        .build();
    return new ServiceResponse(status, headers, body);
  }
}
