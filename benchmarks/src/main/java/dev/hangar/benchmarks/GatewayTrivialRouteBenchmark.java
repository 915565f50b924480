package dev.hangar.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gateway's own cost: a request through routing to a trivial function and back, on a REST API
 * (payload 1.0) and on an HTTP API (payload 2.0), in process, against calling the same handlers
 * directly. No authorizer and no DynamoDB call, unlike {@link GatewayRoundTripBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GatewayTrivialRouteBenchmark {
  /** Answers a REST proxy event with its path parameter. */
  public static final class RestEcho
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(200)
          .withBody(event.getPathParameters().get("id"));
    }
  }

  /** Answers an HTTP API 2.0 event with its path parameter. */
  public static final class HttpEcho
      implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
      return APIGatewayV2HTTPResponse.builder()
          .withStatusCode(200)
          .withBody(event.getPathParameters().get("id"))
          .build();
    }
  }

  private Harness harness;
  private GatewayClient rest;
  private GatewayClient http;
  private RestEcho restDirect;
  private HttpEcho httpDirect;
  private APIGatewayProxyRequestEvent restEvent;
  private APIGatewayV2HTTPEvent httpEvent;

  @Setup(Level.Trial)
  public void setUp() {
    FakeGateway gateway =
        FakeGateway.of(
            ApiDefinition.rest("rest").route("GET /items/{id}", "rest-echo").build(),
            ApiDefinition.http("http").route("GET /items/{id}", "http-echo").build());
    harness = Harness.builder().service(gateway).build();
    harness
        .lambda()
        .register(FunctionDefinition.builder("rest-echo").handler(RestEcho.class).build());
    harness
        .lambda()
        .register(FunctionDefinition.builder("http-echo").handler(HttpEcho.class).build());
    rest = gateway.api("rest");
    http = gateway.api("http");
    for (GatewayClient api : new GatewayClient[] {rest, http}) {
      GatewayResponse first = api.get("/items/1");
      if (first.status() != 200 || !"1".equals(first.body())) {
        throw new IllegalStateException(
            "Trivial route set-up failed: " + first.status() + " " + first.body());
      }
    }
    restDirect = new RestEcho();
    httpDirect = new HttpEcho();
    restEvent = new APIGatewayProxyRequestEvent().withPathParameters(Map.of("id", "1"));
    httpEvent = APIGatewayV2HTTPEvent.builder().withPathParameters(Map.of("id", "1")).build();
  }

  @TearDown(Level.Iteration)
  public void forgetRecords() {
    harness.lambda().clearRecords();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    harness.close();
  }

  @Benchmark
  public GatewayResponse restApi() {
    return rest.get("/items/1");
  }

  @Benchmark
  public GatewayResponse httpApi() {
    return http.get("/items/1");
  }

  @Benchmark
  public APIGatewayProxyResponseEvent restHandlerCalledDirectly() {
    return restDirect.handleRequest(restEvent, null);
  }

  @Benchmark
  public APIGatewayV2HTTPResponse httpHandlerCalledDirectly() {
    return httpDirect.handleRequest(httpEvent, null);
  }
}
