package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.BOB_FULFILMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.DynamoSnapshot;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.HarnessLifecycle;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A larger fixture seeded once per class: an order book of {@value #ORDERS} paid orders, snapshotted
 * after seeding and restored before each test ({@code FakeDynamo.snapshot()} / {@code restore}), so
 * every test starts from the same book without writing it again. A restored table has no stream and
 * no Time to Live setting (Hangar does not keep them in a snapshot yet), so this class never drains
 * the stream: its tests are about the REST API and the table alone.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, lifecycle = HarnessLifecycle.PER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderBookSnapshotTest {
    private static final int CUSTOMERS = 40;
    private static final int ORDERS_EACH = 50;
    private static final int ORDERS = CUSTOMERS * ORDERS_EACH;
    private static final Instant PLACED = Instant.parse("2026-11-02T09:00:00Z");

    private DynamoSnapshot orderBook;
    private int seededItems;

    private static String customer(int index) {
        return index == 0 ? "alice" : index == 1 ? "bob" : String.format("customer-%02d", index);
    }

    private static String orderId(int customer, int order) {
        return String.format("book-%02d-%03d", customer, order);
    }

    @BeforeAll
    void seedTheOrderBookOnce(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        for (int c = 0; c < CUSTOMERS; c++) {
            for (int o = 0; o < ORDERS_EACH; o++) {
                String id = orderId(c, o);
                Instant placed = PLACED.plusSeconds(60L * o);
                Map<String, Object> order = new HashMap<>();
                order.put("pk", "ORDER#" + id);
                order.put("sk", "ORDER");
                order.put("gsi1pk", "CUSTOMER#" + customer(c));
                order.put("gsi1sk", "PAID#" + placed + "#" + id);
                order.put("orderId", id);
                order.put("customerId", customer(c));
                order.put("status", "PAID");
                order.put("currency", "EUR");
                order.put("lines", List.of(Map.of("sku", "BOOK-" + (o % 7), "quantity", 1 + o % 3, "unitPriceCents", 1250)));
                order.put("totalCents", 1250 * (1 + o % 3));
                order.put("createdAt", placed.toString());
                order.put("updatedAt", placed.plusSeconds(30).toString());
                order.put("version", 2);
                orders.put(order);
            }
        }
        seededItems = orders.items().size();
        orderBook = harness.service(FakeDynamo.class).snapshot();
    }

    @BeforeEach
    void rollBackToTheSeededBook(Harness harness) {
        harness.service(FakeDynamo.class).restore(orderBook);
    }

    private void assertTheBookIsAsSeeded(DynamoTable orders) {
        assertThat(orderBook.itemCount()).isEqualTo(seededItems);
        assertThat(orders).hasItemCount(seededItems)
                .containsItem(Map.of("pk", "ORDER#" + orderId(0, 7), "status", "PAID", "version", 2))
                .containsItem(Map.of("pk", "ORDER#" + orderId(25, 7), "status", "PAID", "version", 2));
    }

    @Test
    void fulfilmentShipsAPaidOrder_fromTheSeededBook(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        assertTheBookIsAsSeeded(orders);

        assertThat(OrdersStack.setStatus(harness, orderId(25, 7), "SHIPPED", BOB_FULFILMENT))
                .hasStatus(200)
                .hasJsonPath("status", "SHIPPED");

        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId(25, 7), "status", "SHIPPED", "version", 3));
    }

    @Test
    void customerCancelsAPaidOrder_fromTheSeededBook(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        assertTheBookIsAsSeeded(orders);

        assertThat(OrdersStack.setStatus(harness, orderId(0, 7), "CANCELLED", ALICE)).hasStatus(200);
        assertThat(OrdersStack.setStatus(harness, orderId(25, 7), "CANCELLED", ALICE))
                .hasStatus(404); // another customer's order

        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId(0, 7), "status", "CANCELLED"));
    }

    @Test
    void ownerReadsAnOrder_fromTheSeededBook(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        assertTheBookIsAsSeeded(orders);

        assertThat(OrdersStack.send(harness, "GET", "/orders/" + orderId(0, 49), ALICE, null))
                .hasStatus(200)
                .hasJsonPath("customerId", "alice")
                .hasJsonPath("totalCents", 2500);
    }
}
