package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.flight.FlightRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class HangarExtensionWiringTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml")
  @Seed(table = "Users", value = "users.json")
  static class TemplateApp {
    static final List<String> ANSWERS = new CopyOnWriteArrayList<>();

    @Test
    void handlerReadsTheSeededTableThroughAnUnconfiguredClient(Harness harness) {
      ANSWERS.add(harness.lambda().invoke("get-user", Map.of("id", "u1"), String.class));
      ANSWERS.add(harness.lambda().invoke("get-user", Map.of("id", "zz"), String.class));
    }

    @Test
    void testCodeSeesTheSameTable(DynamoDbClient client) {
      String table = client.listTables().tableNames().get(0);
      ANSWERS.add(
          client.getItem(r -> r.tableName(table).key(Map.of("id", AttributeValue.fromS("u2"))))
              .item()
              .get("id")
              .s());
    }
  }

  @Test
  void templateTablesSeedsAndFunctions_workTogether() {
    TemplateApp.ANSWERS.clear();
    Fixtures.assertPassed(Fixtures.run(TemplateApp.class), 2);
    assertThat(TemplateApp.ANSWERS).containsExactlyInAnyOrder("Ada", "none", "u2");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml")
  static class FailingAfterInvoke {
    @Test
    void fails(Harness harness) {
      harness.lambda().invoke("get-user", Map.of("id", "u9"), String.class);
      assertThat("x").isEqualTo("y");
    }
  }

  @Test
  void flightRecord_listsTheInvocationsWithTheirLogs() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(FailingAfterInvoke.class));
    Throwable record = failure.getSuppressed()[0];
    assertThat(record).isInstanceOf(FlightRecord.class);
    assertThat(record.getMessage())
        .contains("get-user")
        .contains("(cold start,")
        .contains("| looked up u9");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml")
  @Seed(table = "Users", value = "users.json")
  static class TableHandles {
    @Hangar @Named("Users") DynamoTable byField;

    @Test
    void tableHandleReadsWritesAndAsserts(DynamoTable users) {
      assertThat(byField.name()).isEqualTo(users.name());
      assertThat(users.item(Map.of("id", "u1")).orElseThrow())
          .containsEntry("name", "Ada")
          // DynamoDB normalises numbers: 1.50 was sent, 1.5 comes back.
          .containsEntry("score", new java.math.BigDecimal("1.5"))
          .containsEntry("admin", true);
      users.put(Map.of("id", "u3", "visits", 7));
      HangarAssertions.assertThat(users)
          .hasItemCount(3)
          .containsItemWithKey("id", "u3")
          .containsItem(Map.of("id", "u3", "visits", 7.0));
    }

    @Test
    void failureShowsTheItems(DynamoTable users) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> HangarAssertions.assertThat(users).containsItemWithKey("id", "nobody"))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith(
              "Expected table " + users.name() + " to hold an item with {id=nobody} but its items are:")
          .hasMessageContaining("id=u2");
    }
  }

  @Test
  void dynamoTable_isInjectedByLogicalIdOrAlone_andAssertable() {
    Fixtures.assertPassed(Fixtures.run(TableHandles.class), 2);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-api.yaml")
  @Seed(table = "Users", value = "users.json")
  static class ThroughTheGateway {
    @Test
    void httpApiRouteReachesTheFunctionAndTheTable(Harness harness) {
      var gateway = harness.service(dev.hangar.gateway.FakeGateway.class);
      var found = gateway.api("ServerlessHttpApi").get("/users/u1");
      assertThat(found.status()).isEqualTo(200);
      assertThat(found.body()).isEqualTo("{\"name\":\"Ada\"}");
      assertThat(gateway.api("ServerlessHttpApi").get("/users/zz").status()).isEqualTo(404);
    }

    @Test
    void restApiRouteReachesItsFunction(Harness harness) {
      var response =
          harness.service(dev.hangar.gateway.FakeGateway.class).api("ServerlessRestApi").get("/users/u2");
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("/users/{id} u2");
    }
  }

  @Test
  void templateApis_routeThroughTheGatewayToTheFunctions() {
    Fixtures.assertPassed(Fixtures.run(ThroughTheGateway.class), 2);
  }
}
