package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.harness.Harness;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a failed test's flight record shows of requests through the gateway and from handlers. */
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

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/save-user.yaml")
  static class FailsAfterAHandlerSavedAUser {
    @Test
    void fails(Harness harness) {
      harness.lambda().invoke("save-user", Map.of("id", "u9", "name", "Ada"), String.class);
      assertThat("x").isEqualTo("y");
    }
  }

  @Test
  void flightRecord_showsThePutItemAHandlerMadeFromItsExecutionEnvironment() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(FailsAfterAHandlerSavedAUser.class));
    String record = failure.getSuppressed()[0].getMessage();
    assertThat(record)
        .containsPattern("\\[lambda-save-user-\\d+\\] dynamodb: PutItem -> 200")
        .contains("\"id\":{\"S\":\"u9\"}")
        .contains("saved u9");
    assertThat(record.indexOf("dynamodb: PutItem -> 200")).isLessThan(record.indexOf("saved u9"));
  }
}
