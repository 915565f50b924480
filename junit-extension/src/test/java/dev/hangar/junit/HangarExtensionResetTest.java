package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.Lambda;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.hangar.junit.handlers.LateWriter;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** {@code PER_CLASS_WITH_RESET}: one harness, put back to the declared state before each test. */
class HangarExtensionResetTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  @Seed(table = "Users", value = "users.json")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Reset {
    static final List<Harness> HARNESSES = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    void changesEverything(Harness harness, DynamoTable users, DynamoDbClient client, Lambda lambda) {
      HARNESSES.add(harness);
      users.put(Map.of("id", "u3"));
      client.createTable(
          r -> r.tableName("scratch")
              .billingMode("PAY_PER_REQUEST")
              .keySchema(KeySchemaElement.builder().attributeName("k").keyType("HASH").build())
              .attributeDefinitions(
                  AttributeDefinition.builder().attributeName("k").attributeType("S").build()));
      lambda.invoke("get-user", Map.of("id", "u1"), String.class);
      assertThat(users).hasItemCount(3);
    }

    @Test
    @Order(2)
    void seesOnlyTheDeclaredState_withTheFunctionStillWarm(
        Harness harness, DynamoTable users, DynamoDbClient client, Lambda lambda) {
      HARNESSES.add(harness);
      assertThat(users).hasItemCount(2).containsItemWithKey("id", "u1");
      assertThat(client.listTables().tableNames()).containsExactly(users.name());
      assertThat(lambda, "get-user").wasNotInvoked();
      lambda.invoke("get-user", Map.of("id", "u1"), String.class);
      assertThat(lambda, "get-user").wasInvoked(1).hadColdStarts(0);
    }
  }

  @Test
  void perClassWithReset_sharesOneHarness_andRestoresTablesSeedsAndRecords() {
    Reset.HARNESSES.clear();
    Fixtures.assertPassed(Fixtures.run(Reset.class), 2);
    assertThat(Reset.HARNESSES).hasSize(2);
    assertThat(Reset.HARNESSES.get(0)).isSameAs(Reset.HARNESSES.get(1));
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  @Seed(table = "Users", value = "users.json")
  static class Concurrent {
    @org.junit.jupiter.api.RepeatedTest(8)
    void eachSeesTheSeedsAndOnlyItsOwnWrite(
        DynamoTable users, org.junit.jupiter.api.RepetitionInfo repetition) {
      users.put(Map.of("id", "w" + repetition.getCurrentRepetition()));
      assertThat(users).hasItemCount(3).containsItemWithKey("id", "w" + repetition.getCurrentRepetition());
    }
  }

  @Test
  void perClassWithReset_runsTestsOneAtATime_underParallelExecution() {
    Fixtures.assertPassed(Fixtures.run(Concurrent.class, Fixtures.PARALLEL), 8);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/async-writer.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class AsyncAcrossReset {
    @AfterEach
    void letTheHandlerGo() {
      LateWriter.release.countDown();
    }

    @Test
    @Order(1)
    void queuesAnEventThatOutlivesTheTest(Lambda lambda) {
      lambda.invokeAsync("late-writer", "{\"id\":\"late\"}");
    }

    @Test
    @Order(2)
    void startsAfterItFinished_withTablesItCannotHaveWritten(DynamoTable users) {
      assertThat(LateWriter.WROTE).isTrue();
      assertThat(users).hasItemCount(0);
    }
  }

  @Test
  void reset_waitsForPendingAsyncInvocations_beforeRecreatingTheTables() {
    LateWriter.release = new CountDownLatch(1);
    LateWriter.WROTE.set(false);
    Fixtures.assertPassed(Fixtures.run(AsyncAcrossReset.class), 2);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/async-writer.yaml")
  static class AsyncPerMethod {
    @AfterEach
    void letTheHandlerGo() {
      LateWriter.release.countDown();
    }

    @Test
    void queuesAnEventThatOutlivesTheTest(Lambda lambda) {
      lambda.invokeAsync("late-writer", "{\"id\":\"late\"}");
    }
  }

  @Test
  void perMethodHarness_letsQueuedAsyncInvocationsFinish_beforeClosing() {
    LateWriter.release = new CountDownLatch(1);
    LateWriter.WROTE.set(false);
    Fixtures.assertPassed(Fixtures.run(AsyncPerMethod.class), 1);
    assertThat(LateWriter.WROTE).isTrue();
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(
      template = "templates/deployable-extras.yaml",
      lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  static class ProtectedTables {
    @org.junit.jupiter.api.RepeatedTest(2)
    void startsWithTheTemplateTables(DynamoDbClient client) {
      assertThat(client.listTables().tableNames()).hasSize(3);
    }
  }

  @Test
  void reset_liftsTheTemplatesDeletionProtection_toRecreateTheTables() {
    Fixtures.assertPassed(Fixtures.run(ProtectedTables.class), 2);
  }
}
