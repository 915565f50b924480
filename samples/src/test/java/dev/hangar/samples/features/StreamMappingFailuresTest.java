package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.StartingPosition;
import dev.hangar.harness.lambda.StreamDelivery;
import dev.hangar.harness.lambda.StreamDelivery.Outcome;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.samples.e2e.OrdersStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What Lambda does with a stream batch its function cannot process, on an audit mapping added in
 * code to the order table's stream ({@code EventSources}, injected): {@code BisectBatchOnFunctionError}
 * splits a failing batch until the bad record is alone, {@code MaximumRetryAttempts} then discards
 * it, {@code MaximumRecordAgeInSeconds} discards records that waited too long without invoking the
 * function, and each discarded batch leaves an invocation record at the mapping's on-failure
 * destination.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
class StreamMappingFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:000000000000:order-audit-failures";
    private static final String AUDIT_ENTRIES = "{\"dynamodb\": {\"Keys\": {\"pk\": {\"S\": [{\"prefix\": \"AUDIT#\"}]}}}}";

    private static String auditMapping(Harness harness, EventSources eventSources, DynamoDbClient dynamo,
            UnaryOperator<EventSourceMapping.Builder> settings) {
        harness.lambda().register(FunctionDefinition.builder("order-audit").handler(OrderAuditHandler.class).build());
        String stream = dynamo.describeTable(request -> request.tableName("orders-dev")).table().latestStreamArn();
        return eventSources.create(settings.apply(EventSourceMapping.builder("order-audit", stream, StartingPosition.LATEST)
                .filterPattern(AUDIT_ENTRIES).onFailureDestination(DEAD_LETTERS)).build());
    }

    private static void audit(DynamoTable orders, String entry, String auditor) {
        orders.put(Map.of("pk", "AUDIT#" + entry, "sk", "AUDIT", "auditor", auditor));
    }

    private static List<Outcome> outcomes(EventSources eventSources, String mapping) {
        return eventSources.deliveries().stream().filter(d -> d.mappingId().equals(mapping))
                .map(StreamDelivery::outcome).toList();
    }

    @Test
    void bisect_splitsAFailingBatch_untilTheBadRecordIsAlone_andDiscardsOnlyIt(Harness harness, EventSources eventSources,
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String mapping = auditMapping(harness, eventSources, dynamo,
                b -> b.batchSize(10).bisectBatchOnFunctionError(true).maximumRetryAttempts(0));
        audit(orders, "a", "erin");
        audit(orders, "b", "erin");
        audit(orders, "m", "nobody");
        audit(orders, "c", "erin");

        eventSources.drain();

        // [a b m c] fails and is split; [a b] succeeds; [m c] fails and is split; [m] fails and,
        // with no retries left, is discarded; [c] succeeds.
        assertThat(outcomes(eventSources, mapping)).containsExactly(Outcome.FUNCTION_ERROR, Outcome.SUCCEEDED,
                Outcome.FUNCTION_ERROR, Outcome.FUNCTION_ERROR, Outcome.DISCARDED_RETRIES_EXHAUSTED, Outcome.SUCCEEDED);
        assertThat(String.join("\n", harness.lambda().log("order-audit")))
                .contains("audited AUDIT#a", "audited AUDIT#b", "audited AUDIT#c")
                .doesNotContain("audited AUDIT#m");
        List<String> records = eventSources.onFailureRecords(DEAD_LETTERS);
        assertThat(records).hasSize(1);
        JsonNode record = JSON.readTree(records.get(0));
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(record.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
        assertThat(record.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
    }

    @Test
    void recordsOlderThanTheMaximumRecordAge_areDiscarded_withoutInvokingTheFunction(Harness harness,
            EventSources eventSources, DynamoDbClient dynamo, HarnessClock clock,
            @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String mapping = auditMapping(harness, eventSources, dynamo, b -> b.maximumRecordAgeInSeconds(60));
        audit(orders, "a", "erin");
        audit(orders, "b", "erin");

        clock.advance(Duration.ofMinutes(2));
        eventSources.drain();

        assertThat(outcomes(eventSources, mapping)).containsExactly(Outcome.DISCARDED_RECORD_AGE_EXCEEDED);
        assertThat(harness.lambda().invocations("order-audit")).isEmpty();
        JsonNode record = JSON.readTree(eventSources.onFailureRecords(DEAD_LETTERS).get(0));
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RecordAgeExceeded");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(0);
        assertThat(record.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(2);
    }
}
