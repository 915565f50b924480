package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.InvocationRecord;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.stream.OrderStreamHandler;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table's stream feeds {@code OrderStreamFunction} (the template's {@code DynamoDB} event, with
 * {@code ReportBatchItemFailures}): history items and the customer's summary counters, at-least-once
 * delivery that does not count twice, a poison record reported as a batch item failure, and the
 * mapping's {@code FilterCriteria}, which lets only order items through.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderStreamProjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> item(DynamoTable orders, String pk, String sk) {
        return orders.item(Map.of("pk", pk, "sk", sk)).orElseThrow(
                () -> new AssertionError("No item " + pk + " / " + sk + " in " + orders.items()));
    }

    private static String placeAndPay(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE).status()).isEqualTo(200);
        harness.lambda().eventSources().drain();
        return orderId;
    }

    @Test
    void placingAndPaying_recordsHistory_andCountsThePaidOrderInTheSummary(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = placeAndPay(harness);

        assertThat(item(orders, "ORDER#" + orderId, "HISTORY#0000000001"))
                .containsEntry("status", "PENDING")
                .doesNotContainKey("previousStatus");
        assertThat(item(orders, "ORDER#" + orderId, "HISTORY#0000000002"))
                .containsEntry("previousStatus", "PENDING")
                .containsEntry("status", "PAID");
        assertThat(item(orders, "CUSTOMER#alice", "SUMMARY"))
                .containsEntry("orderCount", BigDecimal.ONE)
                .containsEntry("pending", BigDecimal.ZERO)
                .containsEntry("paid", BigDecimal.ONE);
        assertThat(OrdersStack.invocations(harness, OrderStreamHandler.class))
                .allSatisfy(invocation -> assertThat(invocation.failed()).isFalse());
    }

    @Test
    void onlyOrderItems_reachTheStreamFunction_throughTheMappingsFilter(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = placeAndPay(harness);

        // The seeded tokens, the order's history entries and the summary all changed
        // the table, but only the order item's INSERT and MODIFY were delivered.
        StringBuilder keys = new StringBuilder();
        for (InvocationRecord invocation : OrdersStack.invocations(harness, OrderStreamHandler.class)) {
            for (JsonNode record : JSON.readTree(invocation.requestPayload()).get("Records")) {
                keys.append(record.get("eventName").asText()).append(' ')
                        .append(record.at("/dynamodb/Keys/pk/S").asText()).append(' ')
                        .append(record.at("/dynamodb/Keys/sk/S").asText()).append('\n');
            }
        }
        assertThat(keys.toString()).isEqualTo(
                "INSERT ORDER#" + orderId + " ORDER\nMODIFY ORDER#" + orderId + " ORDER\n");
        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "HISTORY#0000000002"))).isPresent();
    }

    @Test
    void redeliveredBatch_isNotCountedTwice(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        placeAndPay(harness);
        Map<String, Object> summary = item(orders, "CUSTOMER#alice", "SUMMARY");
        InvocationRecord delivered = OrdersStack.invocations(harness, OrderStreamHandler.class).get(0);

        InvokeOutcome again = harness.lambda().invokeJson(delivered.functionName(), delivered.requestPayload());

        assertThat(again.failed()).as(again.payloadAsString()).isFalse();
        assertThat(item(orders, "CUSTOMER#alice", "SUMMARY")).isEqualTo(summary);
        assertThat(harness.lambda().log(delivered.functionName()))
                .anySatisfy(line -> assertThat(line).contains("(already projected)"));
    }

    @Test
    void poisonRecord_isReportedAsTheBatchItemFailure(Harness harness) throws Exception {
        placeAndPay(harness);
        InvocationRecord delivered = OrdersStack.invocations(harness, OrderStreamHandler.class).get(0);
        JsonNode event = JSON.readTree(delivered.requestPayload());
        // Poison the order's INSERT.
        JsonNode placed = null;
        for (JsonNode record : event.get("Records")) {
            if (placed == null && "ORDER".equals(record.at("/dynamodb/Keys/sk/S").asText())) {
                placed = record;
            }
        }
        assertThat(placed).as("the order's INSERT in %s", event).isNotNull();
        ((ObjectNode) placed.get("dynamodb").get("NewImage")).putObject("version").put("S", "not a number");
        String poisonSequence = placed.at("/dynamodb/SequenceNumber").asText();

        InvokeOutcome outcome = harness.lambda().invokeJson(delivered.functionName(), JSON.writeValueAsString(event));

        JsonNode response = JSON.readTree(outcome.payload());
        assertThat(outcome.failed()).as(outcome.payloadAsString()).isFalse();
        assertThat(response.get("batchItemFailures")).hasSize(1);
        assertThat(response.get("batchItemFailures").get(0).get("itemIdentifier").asText()).isEqualTo(poisonSequence);
    }
}
