package dev.hangar.gateway.websocket;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A test-only function registry standing in for the Lambda runtime: the event JSON is read with a
 * lenient Jackson mapper into {@link APIGatewayV2WebSocketEvent}, as the Java runtime does for API
 * Gateway v2 events, and the handler's result is written back as JSON. Every payload a function
 * received is kept, for event-shape assertions.
 */
final class TestFunctions implements FunctionInvoker {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private final Map<String, Function<byte[], Object>> handlers = new ConcurrentHashMap<>();
  private final Map<String, List<String>> payloads = new ConcurrentHashMap<>();

  /** Registers a handler of WebSocket events; its result is returned as JSON. */
  TestFunctions webSocket(String name, Function<APIGatewayV2WebSocketEvent, Object> handler) {
    handlers.put(name, bytes -> handler.apply(read(bytes, APIGatewayV2WebSocketEvent.class)));
    return this;
  }

  /** Registers a handler of raw JSON trees (authorizers). */
  TestFunctions json(String name, Function<Map<String, Object>, Object> handler) {
    handlers.put(name, bytes -> handler.apply(readMap(bytes)));
    return this;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readMap(byte[] bytes) {
    return read(bytes, Map.class);
  }

  private static <T> T read(byte[] bytes, Class<T> type) {
    try {
      return JSON.readValue(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payloads a function received, oldest first. */
  List<String> payloads(String name) {
    return payloads.getOrDefault(name, List.of());
  }

  @Override
  public boolean exists(String functionName) {
    return handlers.containsKey(functionName);
  }

  @Override
  public InvokeOutcome invoke(String functionName, byte[] payload) {
    Function<byte[], Object> handler = handlers.get(functionName);
    if (handler == null) {
      throw new IllegalArgumentException("Function not found: " + functionName);
    }
    payloads
        .computeIfAbsent(functionName, k -> new CopyOnWriteArrayList<>())
        .add(new String(payload, StandardCharsets.UTF_8));
    String requestId = UUID.nameUUIDFromBytes(payload).toString();
    try {
      Object result = handler.apply(payload);
      return new InvokeOutcome(
          requestId, JSON.writeValueAsBytes(result), java.util.Optional.empty(), "");
    } catch (RuntimeException | IOException e) {
      String error =
          "{\"errorMessage\":"
              + JSON.valueToTree(String.valueOf(e.getMessage()))
              + ",\"errorType\":\""
              + e.getClass().getName()
              + "\",\"stackTrace\":[]}";
      return new InvokeOutcome(
          requestId,
          error.getBytes(StandardCharsets.UTF_8),
          java.util.Optional.of("Unhandled"),
          "");
    }
  }

  /** A Lambda proxy response with a status code and optional body. */
  static Map<String, Object> status(int statusCode) {
    return Map.of("statusCode", statusCode);
  }
}
