package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import dev.hangar.harness.spi.TraceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the AWS calls a function makes while it serves a gateway request into that request's trace.
 * The gateway enters each request's {@code X-Amzn-Trace-Id} as the {@link TraceContext} around its
 * handling; the harness carries it into the functions the request invokes, so a call seen here
 * belongs to the request whose trace id is current on the calling thread, whatever else runs at
 * the same time.
 */
public final class FunctionCalls implements RequestObserver {
  private final Map<String, Exchange> inFlight = new ConcurrentHashMap<>();

  /** Starts attributing calls made under the exchange's trace id to it, until the scope closes. */
  Scope track(String traceId, Exchange ex) {
    inFlight.put(traceId, ex);
    TraceContext.Scope trace = TraceContext.enter(traceId);
    return () -> {
      trace.close();
      inFlight.remove(traceId);
    };
  }

  /** The period during which an exchange collects the calls made under its trace id. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  @Override
  public void requestHandled(String service, ServiceRequest request, ServiceResponse response) {
    String traceId = TraceContext.current().orElse(null);
    Exchange ex = traceId == null ? null : inFlight.get(traceId);
    if (ex != null) {
      ex.note(describe(service, request, response));
    }
  }

  /** For example {@code call dynamodb GetItem orders -> 200}. */
  static String describe(String service, ServiceRequest request, ServiceResponse response) {
    String target = request.header("X-Amz-Target");
    StringBuilder step = new StringBuilder("call ").append(service).append(' ');
    if (target == null) {
      step.append(request.method()).append(' ').append(request.path());
    } else {
      step.append(target.substring(target.indexOf('.') + 1));
      JsonNode body = Json.parseOrNull(request.body());
      if (body != null && body.path("TableName").isTextual()) {
        step.append(' ').append(body.get("TableName").asText());
      }
    }
    step.append(" -> ").append(response.status());
    if (response.status() >= 400) {
      String type = errorType(response);
      if (!type.isEmpty()) {
        step.append(' ').append(type);
      }
    }
    return step.toString();
  }

  /** JSON protocols name the error in the body's {@code __type}, REST-JSON ones in a header. */
  private static String errorType(ServiceResponse response) {
    String header = response.headers().first("x-amzn-ErrorType").orElse("");
    if (!header.isEmpty()) {
      int colon = header.indexOf(':');
      return colon < 0 ? header : header.substring(0, colon);
    }
    JsonNode error = Json.parseOrNull(response.body());
    String type = error == null ? "" : error.path("__type").asText("");
    return type.substring(type.indexOf('#') + 1);
  }

  @Override
  public String toString() {
    return "the gateway's per-request trace";
  }
}
