package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.StreamDelivery.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Event source mappings from a stream to a function (AWS documentation: "How Lambda processes
 * records from DynamoDB Streams", "Lambda parameters for Amazon DynamoDB event source mappings",
 * "Retaining discarded records for a DynamoDB event source in Lambda", "Configuring partial batch
 * response with DynamoDB and Lambda").
 */
class EventSourceMappingTest {
  private static final String DLQ = "arn:aws:sqs:us-east-1:000000000000:dlq";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryDynamoStream stream = new InMemoryDynamoStream();
  private final Harness harness = Harness.builder().clock(clock).service(stream).build();
  private final Lambda lambda = harness.lambda();
  private final EventSources sources = lambda.eventSources();
  private final StreamHandlers.Recording handler = new StreamHandlers.Recording();

  @AfterEach
  void close() {
    harness.close();
  }

  private String map(EventSourceMapping.Builder mapping) {
    lambda.register(FunctionDefinition.builder("consumer").handler(handler).build());
    return sources.create(mapping.build());
  }

  private static EventSourceMapping.Builder mapping(StartingPosition position) {
    return EventSourceMapping.builder("consumer", InMemoryDynamoStream.ARN, position);
  }

  private void insert(String... ids) {
    for (String id : ids) {
      stream.insert(id, "");
    }
  }

  @Test
  void drain_deliversRecordsInOrder_inBatchesOfBatchSize() {
    map(mapping(StartingPosition.TRIM_HORIZON).batchSize(2));
    insert("a", "b", "c", "d", "e");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    assertThat(sources.deliveries()).extracting(StreamDelivery::outcome).containsOnly(Outcome.SUCCEEDED);
  }

  @Test
  void records_areNotDeliveredBeforeDrain() {
    map(mapping(StartingPosition.TRIM_HORIZON));
    insert("a");

    assertThat(handler.events).isEmpty();
    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a"));
    sources.drain();
    assertThat(handler.batches()).as("a checkpointed record is not delivered again").hasSize(1);
  }

  @Test
  void defaultBatchSize_is100() {
    map(mapping(StartingPosition.TRIM_HORIZON));
    for (int i = 0; i < 250; i++) {
      stream.insert("id" + i, "");
    }

    sources.drain();

    assertThat(handler.batches()).extracting(List::size).containsExactly(100, 100, 50);
    assertThat(sources.mappings().values()).singleElement()
        .satisfies(m -> assertThat(m.batchSize()).isEqualTo(100))
        .satisfies(m -> assertThat(m.maximumRetryAttempts()).isEqualTo(-1))
        .satisfies(m -> assertThat(m.maximumRecordAgeInSeconds()).isEqualTo(-1));
  }

  @Test
  void startingPositionLatest_skipsRecordsWrittenBeforeTheMapping() {
    insert("old");
    map(mapping(StartingPosition.LATEST));
    insert("new");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("new"));
  }

  @Test
  void startingPositionTrimHorizon_deliversRecordsWrittenBeforeTheMapping() {
    insert("old");
    map(mapping(StartingPosition.TRIM_HORIZON));
    insert("new");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("old", "new"));
  }

  @Test
  void startingPositionTrimHorizon_skipsRecordsOlderThanTheStreamsRetention() {
    insert("expired");
    clock.advance(Duration.ofHours(25));
    insert("kept");
    map(mapping(StartingPosition.TRIM_HORIZON));

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("kept"));
  }

  @Test
  void filteredRecords_areDroppedAndNeverDelivered() {
    map(mapping(StartingPosition.TRIM_HORIZON)
        .batchSize(2)
        .filterPattern("{\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"PAID\"]}}}}"));
    stream.insert("a", "\"status\":{\"S\":\"NEW\"}");
    stream.insert("b", "\"status\":{\"S\":\"PAID\"}");
    stream.insert("c", "\"status\":{\"S\":\"NEW\"}");
    stream.insert("d", "\"status\":{\"S\":\"PAID\"}");
    stream.insert("e", "\"status\":{\"S\":\"PAID\"}");

    sources.drain();
    sources.drain();

    assertThat(handler.batches())
        .as("batch size counts the records that pass the filter")
        .containsExactly(List.of("b", "d"), List.of("e"));
    assertThat(sources.deliveries())
        .filteredOn(d -> d.outcome() == Outcome.FILTERED_OUT)
        .flatExtracting(StreamDelivery::sequenceNumbers)
        .hasSize(2);
  }

  @Test
  void severalFilters_deliverARecordMatchingAny() {
    map(mapping(StartingPosition.TRIM_HORIZON)
        .filterPattern("{\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[\"a\"]}}}}")
        .filterPattern("{\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[{\"prefix\":\"c\"}]}}}}"));
    insert("a", "b", "cat");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "cat"));
  }

  @Test
  void failingHandler_isRetried_thenBisected_thenSentToTheOnFailureDestination() {
    handler.poison = Set.of("d");
    map(mapping(StartingPosition.TRIM_HORIZON)
        .batchSize(4)
        .bisectBatchOnFunctionError(true)
        .maximumRetryAttempts(1)
        .onFailureDestination(DLQ));
    insert("a", "b", "c", "d", "e");

    sources.drain();

    assertThat(handler.batches())
        .containsExactly(
            List.of("a", "b", "c", "d"),
            List.of("a", "b"),
            List.of("c", "d"),
            List.of("c"),
            List.of("d"),
            List.of("d"),
            List.of("e"));
    assertThat(sources.deliveries())
        .extracting(StreamDelivery::outcome)
        .containsExactly(
            Outcome.FUNCTION_ERROR,
            Outcome.SUCCEEDED,
            Outcome.FUNCTION_ERROR,
            Outcome.SUCCEEDED,
            Outcome.FUNCTION_ERROR,
            Outcome.FUNCTION_ERROR,
            Outcome.DISCARDED_RETRIES_EXHAUSTED,
            Outcome.SUCCEEDED);
    assertThat(sources.onFailureRecords(DLQ)).hasSize(1);
  }

  @Test
  void onFailureRecord_describesTheDiscardedBatchAsLambdaDoes() throws Exception {
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON).maximumRetryAttempts(2).onFailureDestination(DLQ));
    String sequence = stream.insert("a", "");

    sources.drain();

    List<InvocationRecord> invocations = lambda.invocations("consumer");
    assertThat(invocations).hasSize(3).allMatch(InvocationRecord::failed);
    JsonNode record = JSON.readTree(sources.onFailureRecords(DLQ).get(0));
    assertThat(record.path("requestContext").path("requestId").asText())
        .isEqualTo(invocations.get(2).requestId());
    assertThat(record.path("requestContext").path("functionArn").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:consumer");
    assertThat(record.path("requestContext").path("condition").asText())
        .isEqualTo("RetryAttemptsExhausted");
    assertThat(record.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(3);
    assertThat(record.path("responseContext").path("statusCode").asInt()).isEqualTo(200);
    assertThat(record.path("responseContext").path("executedVersion").asText()).isEqualTo("$LATEST");
    assertThat(record.path("responseContext").path("functionError").asText()).isEqualTo("Unhandled");
    assertThat(record.path("version").asText()).isEqualTo("1.0");
    assertThat(record.path("timestamp").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
    JsonNode info = record.path("DDBStreamBatchInfo");
    assertThat(info.path("shardId").asText()).isEqualTo("shardId-00000001");
    assertThat(info.path("startSequenceNumber").asText()).isEqualTo(sequence);
    assertThat(info.path("endSequenceNumber").asText()).isEqualTo(sequence);
    assertThat(info.path("approximateArrivalOfFirstRecord").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(info.path("approximateArrivalOfLastRecord").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(info.path("batchSize").asInt()).isEqualTo(1);
    assertThat(info.path("streamArn").asText()).isEqualTo(InMemoryDynamoStream.ARN);
  }

  @Test
  void discardedBatch_withoutDestination_isDroppedAndTheShardMovesOn() {
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON).maximumRetryAttempts(0));
    insert("a");
    insert("b");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b"));
    handler.poison = Set.of();
    insert("c");
    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void failingBatch_blocksItsShard_untilItsRetriesAreUsedUp() {
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON).batchSize(1).maximumRetryAttempts(2));
    insert("a", "b");

    sources.drain();

    assertThat(handler.batches())
        .containsExactly(List.of("a"), List.of("a"), List.of("a"), List.of("b"));
  }

  @Test
  void infiniteRetries_attemptTheBatchOncePerDrain_untilTheRecordsExpire() {
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON).onFailureDestination(DLQ));
    insert("a", "b");

    sources.drain();
    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a", "b"), List.of("a", "b"));

    clock.advance(Duration.ofHours(24).plusSeconds(1));
    sources.drain();

    assertThat(handler.batches()).as("expired records are not sent again").hasSize(2);
    assertThat(sources.deliveries()).last()
        .satisfies(d -> assertThat(d.outcome()).isEqualTo(Outcome.DISCARDED_RECORD_AGE_EXCEEDED));
    assertThat(sources.onFailureRecords(DLQ)).singleElement()
        .satisfies(r -> assertThat(r).contains("\"condition\":\"RecordAgeExceeded\"", "\"approximateInvokeCount\":2"));
  }

  @Test
  void maximumRecordAge_discardsOlderRecordsBeforeSendingThem() {
    map(mapping(StartingPosition.TRIM_HORIZON).maximumRecordAgeInSeconds(60).onFailureDestination(DLQ));
    insert("old");
    clock.advance(Duration.ofSeconds(61));
    insert("young");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("young"));
    assertThat(sources.onFailureRecords(DLQ)).singleElement()
        .satisfies(r -> assertThat(r)
            .contains("\"condition\":\"RecordAgeExceeded\"", "\"approximateInvokeCount\":0", "\"batchSize\":1")
            .doesNotContain("responseContext"));
  }

  @Test
  void reportBatchItemFailures_resumesFromTheLowestFailedSequenceNumber() {
    map(mapping(StartingPosition.TRIM_HORIZON).reportBatchItemFailures().maximumRetryAttempts(5));
    stream.insert("a", "");
    stream.insert("b", "");
    String c = stream.insert("c", "");
    String d = stream.insert("d", "");
    handler.response =
        event ->
            event.getRecords().size() == 4
                ? new StreamsEventResponse(
                    List.of(
                        new StreamsEventResponse.BatchItemFailure(d),
                        new StreamsEventResponse.BatchItemFailure(c)))
                : new StreamsEventResponse(List.of());

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b", "c", "d"), List.of("c", "d"));
    assertThat(sources.deliveries())
        .extracting(StreamDelivery::outcome)
        .containsExactly(Outcome.PARTIAL_FAILURE, Outcome.SUCCEEDED);
  }

  @Test
  void reportBatchItemFailures_unknownItemIdentifier_failsTheWholeBatch() {
    map(mapping(StartingPosition.TRIM_HORIZON).reportBatchItemFailures().maximumRetryAttempts(1));
    insert("a", "b");
    handler.response =
        event -> new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure("nope")));

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b"), List.of("a", "b"));
    assertThat(sources.deliveries())
        .extracting(StreamDelivery::outcome)
        .containsExactly(Outcome.INVALID_RESPONSE, Outcome.INVALID_RESPONSE, Outcome.DISCARDED_RETRIES_EXHAUSTED);
  }

  @Test
  void reportBatchItemFailures_emptyItemIdentifier_failsTheWholeBatch() {
    map(mapping(StartingPosition.TRIM_HORIZON).reportBatchItemFailures().maximumRetryAttempts(0));
    insert("a");
    handler.response =
        event -> new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure("")));

    sources.drain();

    assertThat(sources.deliveries())
        .extracting(StreamDelivery::outcome)
        .containsExactly(Outcome.INVALID_RESPONSE, Outcome.DISCARDED_RETRIES_EXHAUSTED);
  }

  @Test
  void reportBatchItemFailures_nullOrEmptyResponse_isASuccess() {
    map(mapping(StartingPosition.TRIM_HORIZON).reportBatchItemFailures().batchSize(1));
    insert("a", "b", "c");
    handler.response =
        event -> switch (event.getRecords().get(0).getDynamodb().getKeys().get("id").getS()) {
          case "a" -> null;
          case "b" -> new StreamsEventResponse();
          default -> new StreamsEventResponse(List.of());
        };

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    assertThat(sources.deliveries()).extracting(StreamDelivery::outcome).containsOnly(Outcome.SUCCEEDED);
  }

  @Test
  void partialResponse_isIgnored_withoutReportBatchItemFailures() {
    map(mapping(StartingPosition.TRIM_HORIZON));
    String a = stream.insert("a", "");
    handler.response =
        event -> new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(a)));

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a"));
    assertThat(sources.deliveries()).extracting(StreamDelivery::outcome).containsExactly(Outcome.SUCCEEDED);
  }

  @Test
  void partialFailure_withBisect_retriesOnlyTheRemainingRecords() {
    map(mapping(StartingPosition.TRIM_HORIZON)
        .reportBatchItemFailures()
        .bisectBatchOnFunctionError(true)
        .maximumRetryAttempts(3));
    stream.insert("a", "");
    String b = stream.insert("b", "");
    stream.insert("c", "");
    stream.insert("d", "");
    handler.response =
        event ->
            event.getRecords().size() == 4
                ? new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(b)))
                : null;

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b", "c", "d"), List.of("b", "c", "d"));
  }

  @Test
  void aFailingShard_doesNotBlockAnotherShard() {
    stream.addShard("shardId-00000002");
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON));
    stream.append("shardId-00000001", "INSERT", "{\"id\":{\"S\":\"a\"}}", "{\"id\":{\"S\":\"a\"}}", null, false);
    stream.append("shardId-00000001", "INSERT", "{\"id\":{\"S\":\"b\"}}", "{\"id\":{\"S\":\"b\"}}", null, false);
    stream.append("shardId-00000002", "INSERT", "{\"id\":{\"S\":\"x\"}}", "{\"id\":{\"S\":\"x\"}}", null, false);

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a", "b"), List.of("x"));
    assertThat(sources.deliveries())
        .extracting(StreamDelivery::shardId, StreamDelivery::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shardId-00000001", Outcome.FUNCTION_ERROR),
            org.assertj.core.groups.Tuple.tuple("shardId-00000002", Outcome.SUCCEEDED));
  }

  @Test
  void disabledMapping_keepsItsCheckpoint_andResumesWhenEnabled() {
    String uuid = map(mapping(StartingPosition.TRIM_HORIZON).enabled(false));
    insert("a");

    sources.drain();
    assertThat(handler.events).isEmpty();
    assertThat(sources.mapping(uuid)).hasValueSatisfying(m -> assertThat(m.enabled()).isFalse());

    sources.setEnabled(uuid, true);
    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a"));
  }

  @Test
  void deletedMapping_deliversNothingMore() {
    String uuid = map(mapping(StartingPosition.TRIM_HORIZON));
    sources.delete(uuid);
    insert("a");

    sources.drain();

    assertThat(handler.events).isEmpty();
    assertThat(sources.mappings()).isEmpty();
    assertThatThrownBy(() -> sources.delete(uuid))
        .isInstanceOfSatisfying(LambdaServiceException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("ResourceNotFoundException");
          assertThat(e.statusCode()).isEqualTo(404);
        })
        .hasMessage("The resource you requested does not exist.");
  }

  @Test
  void onAppend_deliversInsideTheWrite() {
    map(mapping(StartingPosition.TRIM_HORIZON));
    sources.deliveryMode(DeliveryMode.ON_APPEND);

    insert("a");

    assertThat(handler.batches()).containsExactly(List.of("a"));
  }

  /**
   * Registers {@code echo}, mapped to the stream: for a key shorter than three characters it writes
   * the key plus {@code +} back to the stream that triggered it.
   */
  private void registerEchoWritingBackToItsStream() {
    lambda.register(
        FunctionDefinition.builder("echo")
            .handler(
                new com.amazonaws.services.lambda.runtime.RequestHandler<
                    com.amazonaws.services.lambda.runtime.events.DynamodbEvent, String>() {
                  @Override
                  public String handleRequest(
                      com.amazonaws.services.lambda.runtime.events.DynamodbEvent event,
                      com.amazonaws.services.lambda.runtime.Context context) {
                    String id = event.getRecords().get(0).getDynamodb().getKeys().get("id").getS();
                    if (id.length() < 3) {
                      stream.insert(id + "+", "");
                    }
                    return "ok";
                  }
                })
            .build());
    sources.create(EventSourceMapping.builder("echo", InMemoryDynamoStream.ARN, StartingPosition.TRIM_HORIZON).build());
  }

  @Test
  void functionWritingToTheStream_hasItsRecordsDeliveredInTheSameDrain() {
    registerEchoWritingBackToItsStream();
    insert("a");

    sources.drain();

    assertThat(lambda.invocations("echo")).hasSize(3);
  }

  @Test
  void triggerFeedingItself_failsLoudlyInsteadOfLoopingForever() {
    lambda.register(
        FunctionDefinition.builder("loop")
            .handler(
                new com.amazonaws.services.lambda.runtime.RequestHandler<
                    com.amazonaws.services.lambda.runtime.events.DynamodbEvent, String>() {
                  @Override
                  public String handleRequest(
                      com.amazonaws.services.lambda.runtime.events.DynamodbEvent event,
                      com.amazonaws.services.lambda.runtime.Context context) {
                    stream.insert("again", "");
                    return "ok";
                  }
                })
            .build());
    sources.create(EventSourceMapping.builder("loop", InMemoryDynamoStream.ARN, StartingPosition.TRIM_HORIZON).build());
    sources.maximumInvocationsPerDrain(50);
    insert("a");

    assertThatThrownBy(sources::drain)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("More than 50 stream-triggered invocations")
        .hasMessageContaining("a function seems to write to the stream that triggers it");
    assertThat(lambda.invocations("loop")).hasSize(50);
  }

  @Test
  void throttledFunction_keepsTheBatch_withoutCountingARetry() {
    lambda.register(FunctionDefinition.builder("consumer").handler(handler).reservedConcurrency(0).build());
    sources.create(mapping(StartingPosition.TRIM_HORIZON).maximumRetryAttempts(0).build());
    insert("a");

    sources.drain();
    sources.drain();

    assertThat(handler.events).isEmpty();
    assertThat(sources.deliveries())
        .extracting(StreamDelivery::outcome)
        .containsExactly(Outcome.THROTTLED, Outcome.THROTTLED);
  }

  @Test
  void onAppend_recordsWrittenByTheTriggeredFunction_areDeliveredBeforeTheWriteReturns() {
    registerEchoWritingBackToItsStream();
    sources.deliveryMode(DeliveryMode.ON_APPEND);

    insert("a");

    assertThat(lambda.invocations("echo")).hasSize(3);
  }

  @Test
  void onAppend_concurrentWriters_everyRecordDeliveredOnceInStreamOrder() throws Exception {
    map(mapping(StartingPosition.TRIM_HORIZON).batchSize(7));
    sources.deliveryMode(DeliveryMode.ON_APPEND);
    int writers = 4;
    int each = 40;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            stream.insert("w" + writer + "-" + i, "");
          }
          return null;
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> f : done) {
        f.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    sources.drain();

    List<String> delivered = handler.batches().stream().flatMap(List::stream).toList();
    List<String> written =
        stream.read("shardId-00000001", null, 1000).stream()
            .map(r -> r.json().replaceAll(".*\"Keys\":\\{\"id\":\\{\"S\":\"([^\"]+)\".*", "$1"))
            .toList();
    assertThat(written).hasSize(writers * each);
    assertThat(delivered).isEqualTo(written);
  }

  @Test
  void onAppend_aBlockedShard_holdsNewRecordsBackUntilItsBatchIsDone() {
    handler.poison = Set.of("a");
    map(mapping(StartingPosition.TRIM_HORIZON));
    sources.deliveryMode(DeliveryMode.ON_APPEND);

    insert("a");
    insert("b");
    assertThat(handler.batches()).as("b waits behind the failing batch").containsExactly(List.of("a"));

    sources.drain();
    assertThat(handler.batches()).as("the retry is the same batch").containsExactly(List.of("a"), List.of("a"));

    handler.poison = Set.of();
    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a"), List.of("a"), List.of("a"), List.of("b"));
  }

  @Test
  void recordAge_isCheckedAgainBeforeEachRetry() {
    handler.poison = Set.of("b");
    map(mapping(StartingPosition.TRIM_HORIZON)
        .maximumRecordAgeInSeconds(60)
        .bisectBatchOnFunctionError(true)
        .onFailureDestination(DLQ));
    insert("a", "b", "c");

    sources.drain();
    assertThat(handler.batches()).containsExactly(List.of("a", "b", "c"), List.of("a"), List.of("b", "c"), List.of("b"));

    clock.advance(Duration.ofSeconds(61));
    sources.drain();

    assertThat(handler.batches()).as("b and c expired before their next attempt").hasSize(4);
    assertThat(sources.onFailureRecords(DLQ)).hasSize(2)
        .allSatisfy(r -> assertThat(r).contains("\"condition\":\"RecordAgeExceeded\""));
    assertThat(sources.onFailureRecords(DLQ).get(0)).contains("\"batchSize\":1", "\"approximateInvokeCount\":1");
    assertThat(sources.onFailureRecords(DLQ).get(1)).contains("\"batchSize\":1", "\"approximateInvokeCount\":0");
  }

  @Test
  void create_unknownFunction_isLambdasResourceNotFound() {
    assertThatThrownBy(() -> sources.create(mapping(StartingPosition.LATEST).build()))
        .isInstanceOf(FunctionNotFoundException.class)
        .hasMessage("Function not found: arn:aws:lambda:us-east-1:000000000000:function:consumer");
  }

  @Test
  void create_unknownStream_isRefusedAsLambdaRefusesIt() {
    lambda.register(FunctionDefinition.builder("consumer").handler(handler).build());
    String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/other/stream/2026-01-01T00:00:00.000";

    assertThatThrownBy(
            () -> sources.create(EventSourceMapping.builder("consumer", arn, StartingPosition.LATEST).build()))
        .isInstanceOfSatisfying(
            LambdaServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidParameterValueException"))
        .hasMessage("Cannot access stream " + arn + ". Please ensure the role can perform the"
            + " GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your"
            + " stream in IAM.");
  }

  @Test
  void unregisteredStream_stopsItsMappings() {
    map(mapping(StartingPosition.TRIM_HORIZON));
    insert("a");
    stream.close(true);

    sources.drain();

    assertThat(handler.events).isEmpty();
  }

  @Test
  void builder_checksLambdasLimits() {
    assertValidation(() -> mapping(StartingPosition.LATEST).batchSize(0),
        "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1");
    assertValidation(() -> mapping(StartingPosition.LATEST).batchSize(10_001),
        "1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint:"
            + " Member must have value less than or equal to 10000");
    assertValidation(() -> mapping(StartingPosition.LATEST).maximumRetryAttempts(10_001),
        "1 validation error detected: Value '10001' at 'maximumRetryAttempts' failed to satisfy"
            + " constraint: Member must have value less than or equal to 10000");
    assertValidation(() -> mapping(StartingPosition.LATEST).maximumRecordAgeInSeconds(-2),
        "1 validation error detected: Value '-2' at 'maximumRecordAgeInSeconds' failed to satisfy"
            + " constraint: Member must have value greater than or equal to -1");
    assertValidation(() -> mapping(StartingPosition.LATEST).maximumBatchingWindowInSeconds(301),
        "1 validation error detected: Value '301' at 'maximumBatchingWindowInSeconds' failed to"
            + " satisfy constraint: Member must have value less than or equal to 300");
    assertValidation(() -> mapping(StartingPosition.LATEST).functionResponseTypes(List.of("Nope")),
        "1 validation error detected: Value '[Nope]' at 'functionResponseTypes' failed to satisfy"
            + " constraint: Member must satisfy constraint: [Member must satisfy enum value set:"
            + " [ReportBatchItemFailures]]");
  }

  private static void assertValidation(Runnable setter, String message) {
    assertThatThrownBy(setter::run)
        .isInstanceOfSatisfying(LambdaServiceException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("ValidationException");
          assertThat(e.statusCode()).isEqualTo(400);
        })
        .hasMessage(message);
  }

  @Test
  void builder_invalidFilterPattern_isLambdasInvalidParameterValue() {
    assertThatThrownBy(() -> mapping(StartingPosition.LATEST).filterPattern("{\"a\": 1}").build())
        .isInstanceOfSatisfying(
            LambdaServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidParameterValueException"))
        .hasMessage("Invalid filter pattern definition.");
  }

  @Test
  void builder_unsupportedSettings_failLoudlyWithTheirName() {
    assertThatThrownBy(() -> mapping(StartingPosition.LATEST).tumblingWindowInSeconds(60))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("TumblingWindowInSeconds is not supported");
    assertThatThrownBy(() -> mapping(StartingPosition.LATEST).parallelizationFactor(2))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("ParallelizationFactor 2 is not supported");
    assertThat(mapping(StartingPosition.LATEST).tumblingWindowInSeconds(0).parallelizationFactor(1).build())
        .satisfies(m -> assertThat(m.parallelizationFactor()).isEqualTo(1));
  }

  @Test
  void batchingWindow_isKeptButDeliveryStillHappensOnDrain() {
    map(mapping(StartingPosition.TRIM_HORIZON).maximumBatchingWindowInSeconds(300));
    insert("a");

    sources.drain();

    assertThat(handler.batches()).containsExactly(List.of("a"));
    assertThat(sources.mappings().values()).singleElement()
        .satisfies(m -> assertThat(m.maximumBatchingWindowInSeconds()).isEqualTo(300));
  }

  @Test
  void toBuilder_copiesEverySetting() {
    EventSourceMapping original =
        mapping(StartingPosition.TRIM_HORIZON)
            .batchSize(7)
            .filterPattern("{\"eventName\":[\"INSERT\"]}")
            .bisectBatchOnFunctionError(true)
            .maximumRetryAttempts(3)
            .maximumRecordAgeInSeconds(120)
            .onFailureDestination(DLQ)
            .reportBatchItemFailures()
            .enabled(false)
            .build();

    EventSourceMapping copy = original.toBuilder().build();

    assertThat(copy).usingRecursiveComparison().isEqualTo(original);
  }
}
