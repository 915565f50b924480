package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proxy integration whose function Lambda refuses to run. The AWS Lambda Developer Guide,
 * "Handling Lambda errors with an API Gateway API": "If the Lambda API rejects the invocation
 * request, API Gateway returns a 500 error code. If the function runs but returns an error, or
 * returns a response in the wrong format, API Gateway returns a 502. In both cases, the body of
 * the response from API Gateway is {"message": "Internal server error"}." A throttled function
 * (Lambda's 429 TooManyRequestsException) is such a rejection; a re:Post report of a REST proxy
 * integration ("API Gateway proxy integration does not forward Lambda throttling (HTTP 429) to
 * client") saw the same 500.
 */
class ThrottledFunctionTest {
  private Harness harness;
  private FakeGateway gateway;

  /** Never runs: the function has no concurrency. */
  public static final class Unreachable implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
      throw new AssertionError("a function with reserved concurrency 0 must not run");
    }
  }

  @BeforeEach
  void start() {
    gateway =
        FakeGateway.of(
            ApiDefinition.rest("rest").stage("prod").route("GET /x", "throttled").build(),
            ApiDefinition.http("http").route("GET /x", "throttled").build());
    harness = Harness.builder().service(gateway).build();
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("throttled")
                .handler(Unreachable.class)
                .reservedConcurrency(0)
                .build());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void restProxy_throttledFunction_is500InternalServerError() {
    GatewayResponse response = gateway.api("rest").get("/x");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(response.header("x-amzn-ErrorType")).contains("InternalServerErrorException");
    assertThat(gateway.traces().get(0).steps())
        .contains("function throttled could not be invoked: Rate Exceeded.");
  }

  @Test
  void httpApi_throttledFunction_is500InternalServerError() {
    GatewayResponse response = gateway.api("http").get("/x");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
  }

  @Test
  void restProxy_functionThatRanAndFailed_staysA502() {
    FakeGateway other =
        FakeGateway.of(ApiDefinition.rest("failing").stage("prod").route("GET /x", "failing").build());
    try (Harness second = Harness.builder().service(other).build()) {
      second.lambda().register(FunctionDefinition.builder("failing").handler(Unreachable.class).build());

      GatewayResponse response = other.api("failing").get("/x");

      assertThat(response.status()).isEqualTo(502);
      assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    }
  }
}
