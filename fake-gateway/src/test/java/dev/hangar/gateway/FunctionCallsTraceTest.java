package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * The AWS calls a function makes while it serves a gateway request appear in that request's trace,
 * between the route and the function's result: a real handler, run by the harness's Lambda
 * runtime, calling through a real AWS SDK client.
 */
class FunctionCallsTraceTest {
  private static final int PARALLEL = 4;
  private static volatile CyclicBarrier together;

  private Harness harness;
  private FakeGateway gateway;

  /** Prices an order: invokes the function named in the path through a real {@code LambdaClient}. */
  public static final class OrderHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      String pricing = event.getPathParameters().get("pricing");
      CyclicBarrier barrier = together;
      if (barrier != null) {
        try {
          // Every request is inside its function before any makes its call.
          barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      try (LambdaClient lambda = lambdaClient(URI.create(System.getenv("HARNESS_ENDPOINT")))) {
        InvokeResponse price =
            lambda.invoke(r -> r.functionName(pricing).payload(SdkBytes.fromUtf8String("{}")));
        return new APIGatewayProxyResponseEvent()
            .withStatusCode(200)
            .withBody(price.payload().asUtf8String());
      } catch (ResourceNotFoundException e) {
        return new APIGatewayProxyResponseEvent().withStatusCode(404).withBody(pricing);
      }
    }
  }

  /** Checks a price before allowing the request, as an authorizer reading a table would. */
  public static final class GateHandler
      implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
      try (LambdaClient lambda = lambdaClient(URI.create(System.getenv("HARNESS_ENDPOINT")))) {
        lambda.invoke(r -> r.functionName("price3").payload(SdkBytes.fromUtf8String("{}")));
      }
      return Policies.allow("user-1", event.get("methodArn"));
    }
  }

  /** Answers a fixed price. */
  public static final class PricingHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
      return "3.50";
    }
  }

  /** A real client reaching the harness, as the handlers build theirs. */
  static LambdaClient lambdaClient(URI endpoint) {
    return LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    together = null;
    gateway =
        FakeGateway.of(
            ApiDefinition.rest("orders")
                .stage("prod")
                .route("GET /orders/{pricing}", "orders")
                .authorizer(
                    Authorizer.lambdaRequest("gate", "gate", "method.request.header.Authorization")
                        .resultTtl(Duration.ZERO))
                .route(Route.of("GET /guarded/{pricing}", "orders").authorizer("gate"))
                .build());
    harness = Harness.builder().service(gateway).build();
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("orders")
                .handler(OrderHandler.class)
                .environment("HARNESS_ENDPOINT", harness.endpoint().toString())
                .build());
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("gate")
                .handler(GateHandler.class)
                .environment("HARNESS_ENDPOINT", harness.endpoint().toString())
                .build());
    for (int i = 0; i < PARALLEL; i++) {
      harness
          .lambda()
          .register(FunctionDefinition.builder("price" + i).handler(PricingHandler.class).build());
    }
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void trace_listsTheCallsTheFunctionMade_betweenRouteAndResult() {
    GatewayResponse response = gateway.api("orders").get("/orders/price0");

    assertThat(response.body()).isEqualTo("\"3.50\"");
    RequestTrace trace = gateway.traces().get(0);
    assertThat(trace.requestId()).isEqualTo(response.requestId());
    assertThat(trace.steps())
        .containsExactly(
            "route GET /orders/{pricing} -> function orders",
            "call lambda POST /2015-03-31/functions/price0/invocations -> 200",
            "function orders returned 200",
            "responded 200");
  }

  @Test
  void trace_listsTheAuthorizersCallsBeforeItsDecision() {
    gateway.api("orders").request("GET", "/guarded/price1").header("Authorization", "t").send();

    assertThat(gateway.traces().get(0).steps())
        .containsExactly(
            "route GET /guarded/{pricing} -> function orders",
            "call lambda POST /2015-03-31/functions/price3/invocations -> 200",
            "authorizer gate allowed principal user-1",
            "call lambda POST /2015-03-31/functions/price1/invocations -> 200",
            "function orders returned 200",
            "responded 200");
  }

  @Test
  void trace_namesTheErrorOfAFailedCall() {
    gateway.api("orders").get("/orders/nothing");

    assertThat(gateway.traces().get(0).steps())
        .containsExactly(
            "route GET /orders/{pricing} -> function orders",
            "call lambda POST /2015-03-31/functions/nothing/invocations -> 404"
                + " ResourceNotFoundException",
            "function orders returned 404",
            "responded 404");
  }

  @Test
  void trace_ofConcurrentRequests_eachHoldsOnlyItsOwnFunctionsCalls() throws Exception {
    together = new CyclicBarrier(PARALLEL);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    List<Future<GatewayResponse>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < PARALLEL; i++) {
        String path = "/orders/price" + i;
        sent.add(pool.submit(() -> gateway.api("orders").get(path)));
      }
      for (Future<GatewayResponse> response : sent) {
        assertThat(response.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(gateway.traces()).hasSize(PARALLEL);
    for (RequestTrace trace : gateway.traces()) {
      String pricing = trace.path().substring(trace.path().lastIndexOf('/') + 1);
      assertThat(trace.steps())
          .as(trace.path())
          .containsExactly(
              "route GET /orders/{pricing} -> function orders",
              "call lambda POST /2015-03-31/functions/" + pricing + "/invocations -> 200",
              "function orders returned 200",
              "responded 200");
    }
  }

  @Test
  void callsMadeOutsideAnyGatewayRequest_joinNoTrace() {
    try (LambdaClient lambda = lambdaClient(harness.endpoint())) {
      lambda.invoke(r -> r.functionName("price1").payload(SdkBytes.fromUtf8String("{}")));
    }
    gateway.api("orders").get("/orders/price2");

    assertThat(gateway.traces()).hasSize(1);
    assertThat(gateway.traces().get(0).steps())
        .containsOnlyOnce("call lambda POST /2015-03-31/functions/price2/invocations -> 200")
        .noneMatch(step -> step.contains("price1"));
  }
}
