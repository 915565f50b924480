package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SAM's {@code Events: Type: DynamoDB} properties read into a mapping (AWS SAM: "DynamoDB"). */
class SamDynamoDbEventTest {
  private static final String ARN = InMemoryDynamoStream.ARN;

  @Test
  void everyProperty_isRead() {
    EventSourceMapping m =
        EventSourceMapping.fromSamProperties(
            "fn",
            ARN,
            Map.ofEntries(
                Map.entry("Stream", Map.of("Fn::GetAtt", List.of("Orders", "StreamArn"))),
                Map.entry("StartingPosition", "TRIM_HORIZON"),
                Map.entry("BatchSize", 10),
                Map.entry("MaximumBatchingWindowInSeconds", "5"),
                Map.entry("BisectBatchOnFunctionError", true),
                Map.entry("MaximumRetryAttempts", 3),
                Map.entry("MaximumRecordAgeInSeconds", 3600),
                Map.entry("Enabled", "false"),
                Map.entry("ParallelizationFactor", 1),
                Map.entry("TumblingWindowInSeconds", 0),
                Map.entry("FunctionResponseTypes", List.of("ReportBatchItemFailures")),
                Map.entry(
                    "FilterCriteria",
                    Map.of("Filters", List.of(Map.of("Pattern", "{\"eventName\":[\"INSERT\"]}")))),
                Map.entry(
                    "DestinationConfig",
                    Map.of("OnFailure", Map.of("Type", "SQS", "Destination", "arn:aws:sqs:us-east-1:000000000000:dlq"))),
                Map.entry("MetricsConfig", Map.of("Metrics", List.of("EventCount")))));

    assertThat(m.functionName()).isEqualTo("fn");
    assertThat(m.eventSourceArn()).isEqualTo(ARN);
    assertThat(m.startingPosition()).isEqualTo(StartingPosition.TRIM_HORIZON);
    assertThat(m.batchSize()).isEqualTo(10);
    assertThat(m.maximumBatchingWindowInSeconds()).isEqualTo(5);
    assertThat(m.bisectBatchOnFunctionError()).isTrue();
    assertThat(m.maximumRetryAttempts()).isEqualTo(3);
    assertThat(m.maximumRecordAgeInSeconds()).isEqualTo(3600);
    assertThat(m.enabled()).isFalse();
    assertThat(m.reportBatchItemFailures()).isTrue();
    assertThat(m.filterPatterns()).containsExactly("{\"eventName\":[\"INSERT\"]}");
    assertThat(m.onFailureDestination()).hasValue("arn:aws:sqs:us-east-1:000000000000:dlq");
  }

  @Test
  void defaults_areLambdas() {
    EventSourceMapping m =
        EventSourceMapping.fromSamProperties("fn", ARN, Map.of("StartingPosition", "LATEST"));

    assertThat(m.batchSize()).isEqualTo(100);
    assertThat(m.maximumRetryAttempts()).isEqualTo(-1);
    assertThat(m.maximumRecordAgeInSeconds()).isEqualTo(-1);
    assertThat(m.enabled()).isTrue();
    assertThat(m.bisectBatchOnFunctionError()).isFalse();
    assertThat(m.functionResponseTypes()).isEmpty();
  }

  @Test
  void mistakes_nameTheProperty() {
    assertThatThrownBy(() -> EventSourceMapping.fromSamProperties("fn", ARN, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("StartingPosition is required for a DynamoDB event");
    assertThatThrownBy(
            () -> EventSourceMapping.fromSamProperties("fn", ARN, Map.of("StartingPosition", "AT_TIMESTAMP")))
        .hasMessage("StartingPosition of a DynamoDB event must be TRIM_HORIZON or LATEST, got 'AT_TIMESTAMP'");
    assertThatThrownBy(
            () -> EventSourceMapping.fromSamProperties(
                "fn", ARN, Map.of("StartingPosition", "LATEST", "BatchSize", "ten")))
        .hasMessage("BatchSize must be a whole number, got 'ten'");
    assertThatThrownBy(
            () -> EventSourceMapping.fromSamProperties(
                "fn", ARN, Map.of("StartingPosition", "LATEST", "Batchsize", 10)))
        .hasMessageStartingWith("Unknown property Batchsize of a DynamoDB event");
    assertThatThrownBy(
            () -> EventSourceMapping.fromSamProperties(
                "fn", ARN, Map.of("StartingPosition", "LATEST", "TumblingWindowInSeconds", 30)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
