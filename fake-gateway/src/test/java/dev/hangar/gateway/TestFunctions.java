package dev.hangar.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A test-only function registry standing in for the Lambda runtime, for the tests of every API
 * kind (the WebSocket tests' {@code websocket.TestFunctions} adds WebSocket events on top): events
 * are deserialised with a lenient Jackson mapper into aws-lambda-java-events types (or kept as JSON
 * trees), as the Java runtime does for API Gateway v2 events, results serialised back, and a thrown
 * exception becomes the runtime's error payload with {@code functionError=Unhandled}. Every event
 * received is kept, so tests can count invocations and compare events field by field. Request ids
 * count up, so runs repeat.
 */
public final class TestFunctions implements FunctionInvoker {
  /** The lenient mapper events are read and results written with. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private final Map<String, Function<JsonNode, Object>> handlers = new ConcurrentHashMap<>();
  private final Map<String, List<JsonNode>> events = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean keepEvents = true;

  /** Stops keeping received events (for benchmarks, where they would pile up). */
  public TestFunctions withoutEventHistory() {
    keepEvents = false;
    return this;
  }

  /** Registers a handler of raw JSON trees; its result is returned as JSON. */
  public TestFunctions json(String name, Function<JsonNode, Object> handler) {
    handlers.put(name, handler);
    events.put(name, new CopyOnWriteArrayList<>());
    return this;
  }

  TestFunctions rest(
      String name, Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
    return json(name, event -> handler.apply(convert(event, APIGatewayProxyRequestEvent.class)));
  }

  TestFunctions http(String name, Function<APIGatewayV2HTTPEvent, Object> handler) {
    return json(name, event -> handler.apply(convert(event, APIGatewayV2HTTPEvent.class)));
  }

  /** A function answering 200 with the text as body (REST 1.0 shape, valid for 2.0 too). */
  TestFunctions ok(String name, String body) {
    return json(name, event -> Map.of("statusCode", 200, "body", body));
  }

  /** Reads an event as an aws-lambda-java-events type, leniently. */
  public static <T> T convert(JsonNode event, Class<T> type) {
    try {
      return MAPPER.treeToValue(event, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many events a function received. */
  public int count(String name) {
    return received(name).size();
  }

  /** The events a function received, oldest first. */
  public List<JsonNode> received(String name) {
    List<JsonNode> list = events.get(name);
    if (list == null) {
      throw new IllegalArgumentException("no test function " + name);
    }
    return new ArrayList<>(list);
  }

  JsonNode last(String name) {
    List<JsonNode> list = received(name);
    if (list.isEmpty()) {
      throw new AssertionError("function " + name + " was never invoked");
    }
    return list.get(list.size() - 1);
  }

  @Override
  public boolean exists(String functionName) {
    return handlers.containsKey(functionName);
  }

  @Override
  public InvokeOutcome invoke(String functionName, byte[] payload) {
    Function<JsonNode, Object> handler = handlers.get(functionName);
    if (handler == null) {
      throw new IllegalArgumentException(
          "Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + functionName);
    }
    String requestId = new UUID(0, requests.incrementAndGet()).toString();
    try {
      JsonNode event = MAPPER.readTree(payload);
      if (keepEvents) {
        events.get(functionName).add(event);
      }
      Object result = handler.apply(event);
      byte[] bytes =
          result instanceof byte[] raw ? raw : MAPPER.writeValueAsBytes(result);
      return new InvokeOutcome(requestId, bytes, Optional.empty(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      String error =
          "{\"errorMessage\":"
              + quote(e.getMessage() == null ? e.getClass().getName() : e.getMessage())
              + ",\"errorType\":\"" + e.getClass().getName() + "\",\"stackTrace\":[]}";
      return new InvokeOutcome(
          requestId, error.getBytes(StandardCharsets.UTF_8), Optional.of("Unhandled"), "");
    }
  }

  private static String quote(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
