package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.harness.lambda.Lambda;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stream triggers ({@code Events: Type: DynamoDB}) from a template, on drain and on append. */
class HangarExtensionStreamsTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-app.yaml", clock = "2026-01-01T00:00:00Z")
  static class OnDrain {
    @Test
    void writeTriggersTheFunction_whenTheTestDrains(
        @Named("Orders") DynamoTable orders,
        @Named("Audit") DynamoTable audit,
        EventSources streams,
        Lambda lambda) {
      EventSourceMapping mapping = streams.mappings().values().iterator().next();
      assertThat(mapping.batchSize()).isEqualTo(10);
      assertThat(mapping.maximumRetryAttempts()).isEqualTo(2);
      assertThat(mapping.reportBatchItemFailures()).isTrue();
      assertThat(mapping.eventSourceArn()).startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/" + orders.name() + "/stream/");

      orders.put(Map.of("id", "o-1"));
      assertThat(audit).hasItemCount(0);
      streams.drain();
      assertThat(audit).containsItem(Map.of("id", "o-1#INSERT", "source", mapping.eventSourceArn()));
      assertThat(lambda, "Auditor").wasInvoked(1).neverFailed();
    }
  }

  @Test
  void streamEventFromTemplate_isMappedAndDeliveredOnDrain() {
    Fixtures.assertPassed(Fixtures.run(OnDrain.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-app.yaml", streamDelivery = DeliveryMode.ON_APPEND)
  static class OnAppend {
    @Test
    void writeTriggersTheFunction_beforeItReturns(
        @Named("Orders") DynamoTable orders, @Named("Audit") DynamoTable audit) {
      orders.put(Map.of("id", "o-2"));
      assertThat(audit).containsItemWithKey("id", "o-2#INSERT");
    }
  }

  @Test
  void streamDeliveryOnAppend_runsTheTriggerInsideTheWrite() {
    Fixtures.assertPassed(Fixtures.run(OnAppend.class), 1);
  }

  /**
   * A class seed is written while the harness is built, before any test runs: on append, it starts
   * the trigger's execution environment then, and a handler that builds its client in its
   * constructor keeps the endpoint the SDK resolved at that moment.
   */
  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-app.yaml", streamDelivery = DeliveryMode.ON_APPEND)
  @Seed(table = "Orders", value = "orders-seed.json")
  static class OnAppendWithClassSeed {
    @Test
    void triggerStartedBySeeding_reachesTheHarness_inLaterWrites(
        @Named("Orders") DynamoTable orders, @Named("Audit") DynamoTable audit, Lambda lambda) {
      orders.put(Map.of("id", "o-4"));
      assertThat(audit)
          .containsItemWithKey("id", "seeded-1#INSERT")
          .containsItemWithKey("id", "o-4#INSERT");
      assertThat(lambda, "Auditor").wasInvoked(2).neverFailed();
    }
  }

  @Test
  void streamDeliveryOnAppend_withClassSeed_coldStartsTheTriggerWithTheAmbientEndpoint() {
    Fixtures.assertPassed(Fixtures.run(OnAppendWithClassSeed.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-app.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  static class WithReset {
    @org.junit.jupiter.api.RepeatedTest(2)
    void eachTestHasItsOwnMappingAndRecords(
        @Named("Orders") DynamoTable orders, @Named("Audit") DynamoTable audit, EventSources streams) {
      assertThat(streams.mappings()).hasSize(1);
      assertThat(streams.deliveries()).isEmpty();
      orders.put(Map.of("id", "o-3"));
      streams.drain();
      assertThat(audit).hasItemCount(1).containsItemWithKey("id", "o-3#INSERT");
    }
  }

  @Test
  void resetBetweenTests_recreatesTheMappingOnTheNewStream() {
    Fixtures.assertPassed(Fixtures.run(WithReset.class), 2);
  }
}
