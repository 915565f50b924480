package dev.hangar.gateway.websocket;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The gateway tests' test-only function registry ({@link dev.hangar.gateway.TestFunctions}) with
 * WebSocket handlers: the event JSON is read leniently into {@link APIGatewayV2WebSocketEvent}, as
 * the Java runtime does for API Gateway v2 events; every payload a function received is kept, for
 * event-shape assertions.
 */
final class TestFunctions implements FunctionInvoker {
  static final ObjectMapper JSON = dev.hangar.gateway.TestFunctions.MAPPER;

  private final dev.hangar.gateway.TestFunctions functions = new dev.hangar.gateway.TestFunctions();

  /** Registers a handler of WebSocket events; its result is returned as JSON. */
  TestFunctions webSocket(String name, Function<APIGatewayV2WebSocketEvent, Object> handler) {
    functions.json(
        name,
        event ->
            handler.apply(
                dev.hangar.gateway.TestFunctions.convert(event, APIGatewayV2WebSocketEvent.class)));
    return this;
  }

  /** Registers a handler of raw JSON objects (authorizers). */
  TestFunctions json(String name, Function<Map<String, Object>, Object> handler) {
    functions.json(name, event -> handler.apply(asMap(event)));
    return this;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(JsonNode event) {
    return dev.hangar.gateway.TestFunctions.convert(event, Map.class);
  }

  /** The payloads a function received, oldest first, as JSON text. */
  List<String> payloads(String name) {
    if (!functions.exists(name)) {
      return List.of();
    }
    return functions.received(name).stream().map(JsonNode::toString).toList();
  }

  @Override
  public boolean exists(String functionName) {
    return functions.exists(functionName);
  }

  @Override
  public InvokeOutcome invoke(String functionName, byte[] payload) {
    return functions.invoke(functionName, payload);
  }

  /** A Lambda proxy response with a status code. */
  static Map<String, Object> status(int statusCode) {
    return Map.of("statusCode", statusCode);
  }
}
