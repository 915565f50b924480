package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a failed test's flight record shows of requests through the gateway. */
class HangarExtensionFlightRecordTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-api.yaml")
  @Seed(table = "Users", value = "users.json")
  static class FailsAfterAGatewayRequest {
    @Test
    void fails(@Named("ServerlessHttpApi") GatewayClient api) {
      api.get("/users/u1");
      assertThat("x").isEqualTo("y");
    }
  }

  @Test
  void flightRecord_showsTheGatewayRequestBeforeTheInvocationItMade() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(FailsAfterAGatewayRequest.class));
    String record = failure.getSuppressed()[0].getMessage();
    assertThat(record)
        .contains("API Gateway requests:")
        .contains("- GET /users/u1 (ServerlessHttpApi, route GET /users/{id}) -> 200")
        .contains("Lambda invocations:");
    assertThat(record.indexOf("API Gateway requests:")).isLessThan(record.indexOf("Lambda invocations:"));
  }
}
