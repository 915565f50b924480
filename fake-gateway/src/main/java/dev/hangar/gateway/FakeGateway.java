package dev.hangar.gateway;

import dev.hangar.gateway.internal.deploy.ExecuteApiHosts;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.engine.ApiRuntime;
import dev.hangar.gateway.internal.engine.FunctionCalls;
import dev.hangar.gateway.internal.engine.Inbound;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * API Gateway in-process: REST APIs and HTTP APIs whose routes invoke the harness's Lambda
 * functions through Lambda proxy integrations, with API Gateway's routing, events, responses,
 * errors, authorizers, API keys, CORS, binary media, stage cache, access logs and a per-request
 * trace.
 *
 * <pre>{@code
 * FakeGateway gateway = FakeGateway.builder()
 *     .api(ApiDefinition.rest("orders").route("GET /orders/{id}", "getOrder").build())
 *     .build();
 * try (Harness harness = Harness.builder().functions(functions).service(gateway).build()) {
 *   GatewayResponse response = gateway.api("orders").get("/orders/1");
 * }
 * }</pre>
 *
 * <p>Requests reach an API three ways: the test client ({@link #api(String)}); real HTTP on a
 * loopback port serving one API ({@link GatewayClient#serveOnLoopback(int)}); and as an {@link
 * AwsService}, requests addressed to {@code https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/...}
 * through the harness's transport or its loopback endpoint (with that {@code Host} header).
 *
 * <p>WebSocket APIs are served by {@link dev.hangar.gateway.websocket.WebSocketGateway}, which
 * works the same way (a builder of API declarations, an {@link AwsService} added to the harness,
 * ids from the harness's seeded source, the same {@code execute-api} hosts and authorizer code);
 * add both to one harness for an application with both kinds of API.
 *
 * <p>Instances are safe for concurrent use. One gateway belongs to one harness.
 *
 * @see dev.hangar.gateway.websocket.WebSocketGateway
 * @since 0.1.0
 */
public final class FakeGateway implements AwsService {
  private static final int TRACE_CAPACITY = 1000;

  private final List<ApiDefinition> definitions;
  private final Map<String, ApiRuntime> apis = new LinkedHashMap<>();
  private final Map<String, ApiRuntime> byHost = new LinkedHashMap<>();
  private final Map<String, List<String>> accessLogs = new LinkedHashMap<>();
  private final Deque<RequestTrace> traces = new ArrayDeque<>();
  private final FunctionCalls calls = new FunctionCalls();
  private volatile HarnessContext context;

  private FakeGateway(Builder builder) {
    this.definitions = List.copyOf(builder.apis.values());
  }

  /**
   * A builder with no APIs.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A gateway serving these APIs.
   *
   * @param apis the APIs
   * @return the gateway, never null
   */
  public static FakeGateway of(ApiDefinition... apis) {
    Builder builder = builder();
    for (ApiDefinition api : apis) {
      builder.api(api);
    }
    return builder.build();
  }

  @Override
  public String name() {
    return "execute-api";
  }

  /**
   * Prepares the APIs: checks their settings against the harness, draws API ids from its seeded
   * source (unless fixed) and routes each API's {@code execute-api} host to the harness.
   *
   * @param harnessContext the harness
   * @throws IllegalStateException when the gateway is already attached to a harness
   */
  @Override
  public synchronized void attach(HarnessContext harnessContext) {
    if (context != null || !apis.isEmpty()) {
      throw new IllegalStateException("This FakeGateway is already part of a harness");
    }
    ExecuteApiHosts hosts = new ExecuteApiHosts(harnessContext, new GatewayIds(harnessContext::newId));
    for (ApiDefinition definition : definitions) {
      String apiId = hosts.claim("API '" + definition.name() + "'", definition.id(), "id");
      ApiRuntime runtime = new ApiRuntime(definition, apiId, harnessContext, calls);
      apis.put(definition.name(), runtime);
      byHost.put(runtime.host(), runtime);
      accessLogs.put(definition.name(), new ArrayList<>());
    }
    harnessContext.addObserver(calls);
    // Written last: a reader that sees the context sees the complete maps.
    context = harnessContext;
  }

  @Override
  public boolean handles(ServiceRequest request) {
    return byHost.containsKey(request.host().toLowerCase(Locale.ROOT));
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    ApiRuntime runtime = byHost.get(request.host().toLowerCase(Locale.ROOT));
    String sourceIp =
        request.headers().first("X-Forwarded-For").map(v -> v.split(",")[0].trim()).orElse("127.0.0.1");
    Inbound inbound =
        new Inbound(
            request.method(),
            request.host(),
            request.path(),
            request.rawQuery(),
            request.headers(),
            request.body(),
            sourceIp,
            "HTTP/1.1",
            true,
            null);
    return dispatch(runtime, inbound).response();
  }

  ApiRuntime.Handled dispatch(ApiRuntime runtime, Inbound inbound) {
    ApiRuntime.Handled handled = runtime.handle(inbound);
    String apiName = runtime.definition().name();
    RequestTrace trace =
        new RequestTrace(
            handled.requestId(),
            apiName,
            inbound.method(),
            inbound.rawPath(),
            handled.routeKey(),
            handled.response().status(),
            handled.steps());
    synchronized (traces) {
      traces.addLast(trace);
      if (traces.size() > TRACE_CAPACITY) {
        traces.removeFirst();
      }
      if (handled.accessLogLine() != null) {
        accessLogs.get(apiName).add(handled.accessLogLine());
      }
    }
    return handled;
  }

  /**
   * A client for an API's first stage.
   *
   * @param apiName the API's name
   * @return the client, never null
   * @throws IllegalArgumentException when no API has that name
   * @throws IllegalStateException when the gateway is not part of a harness yet
   */
  public GatewayClient api(String apiName) {
    ApiRuntime runtime = runtime(apiName);
    return new GatewayClient(this, runtime, runtime.definition().stages().keySet().iterator().next());
  }

  /**
   * The id API Gateway gave an API.
   *
   * @param apiName the API's name
   * @return the ten-character id, never null
   */
  public String apiId(String apiName) {
    return runtime(apiName).apiId();
  }

  /**
   * The invoke URL of an API's stage, {@code https://{id}.execute-api.{region}.amazonaws.com/{stage}}
   * ({@code $default} stages have no stage segment).
   *
   * @param apiName the API's name
   * @param stage the stage
   * @return the URL, never null
   */
  public String invokeUrl(String apiName, String stage) {
    ApiRuntime runtime = runtime(apiName);
    if (!runtime.definition().stages().containsKey(stage)) {
      throw new IllegalArgumentException(
          "API '" + apiName + "' has no stage '" + stage + "'; stages: "
              + runtime.definition().stages().keySet());
    }
    return "https://" + runtime.host() + (stage.equals("$default") ? "" : "/" + stage);
  }

  /**
   * The traces of the most recent requests (up to 1000), oldest first.
   *
   * @return a snapshot, never null
   */
  public List<RequestTrace> traces() {
    synchronized (traces) {
      return List.copyOf(traces);
    }
  }

  /**
   * The access-log lines of an API, oldest first; empty when it has no access-log format.
   *
   * @param apiName the API's name
   * @return a snapshot, never null
   */
  public List<String> accessLog(String apiName) {
    runtime(apiName);
    synchronized (traces) {
      return List.copyOf(accessLogs.get(apiName));
    }
  }

  /**
   * The stage cache's hit and miss counts.
   *
   * @param apiName the API's name
   * @param stage the stage
   * @return the counts, never null
   * @throws IllegalArgumentException when the stage has no cache
   */
  public CacheStatistics cacheStatistics(String apiName, String stage) {
    CacheStatistics statistics = runtime(apiName).cacheStatistics(stage);
    if (statistics == null) {
      throw new IllegalArgumentException(
          "API '" + apiName + "' stage '" + stage + "' has no stage cache; turn it on with"
              + " ApiDefinition.Builder.stageCache(...)");
    }
    return statistics;
  }

  /**
   * Drops every entry of a stage's cache, as {@code FlushStageCache} does.
   *
   * @param apiName the API's name
   * @param stage the stage
   */
  public void flushStageCache(String apiName, String stage) {
    runtime(apiName).flushCache(stage);
  }

  private ApiRuntime runtime(String apiName) {
    Objects.requireNonNull(apiName, "apiName");
    if (context == null) {
      throw new IllegalStateException(
          "This FakeGateway is not part of a harness yet; add it with Harness.builder().service(gateway)");
    }
    ApiRuntime runtime = apis.get(apiName);
    if (runtime == null) {
      throw new IllegalArgumentException(
          "No API named '" + apiName + "'; APIs: " + apis.keySet());
    }
    return runtime;
  }

  @Override
  public String toString() {
    return "FakeGateway" + apis.keySet();
  }

  /**
   * Collects the APIs of a {@link FakeGateway}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, ApiDefinition> apis = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an API.
     *
     * @param api the API
     * @return this builder
     * @throws IllegalArgumentException when another API has the same name
     */
    public Builder api(ApiDefinition api) {
      Objects.requireNonNull(api, "api");
      if (apis.putIfAbsent(api.name(), api) != null) {
        throw new IllegalArgumentException("Two APIs are named '" + api.name() + "'");
      }
      return this;
    }

    /**
     * Builds the gateway.
     *
     * @return the gateway, never null
     */
    public FakeGateway build() {
      return new FakeGateway(this);
    }
  }
}
