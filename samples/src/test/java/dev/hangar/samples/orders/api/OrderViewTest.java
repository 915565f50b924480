package dev.hangar.samples.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.samples.orders.JsonCodec;
import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderViewTest {
    @Test
    void of_pendingOrder_showsItsPaymentDeadlineAndNoKeys() {
        OrderRecord order = new OrderRecord();
        order.setPk("ORDER#o-1");
        order.setSk("ORDER");
        order.setGsi1pk("CUSTOMER#c-1");
        order.setGsi1sk("PENDING#2026-11-24T03:00:00Z#o-1");
        order.setOrderId("o-1");
        order.setCustomerId("c-1");
        order.setStatus("PENDING");
        order.setCurrency("EUR");
        order.setLines(List.of(new OrderLine("TEA", 2, 450)));
        order.setTotalCents(900);
        order.setCreatedAt(Instant.parse("2026-11-24T03:00:00Z"));
        order.setUpdatedAt(Instant.parse("2026-11-24T03:00:00Z"));
        order.setVersion(1);
        order.setExpiresAt(Instant.parse("2026-11-24T03:30:00Z").getEpochSecond());

        assertThat(JsonCodec.write(OrderView.of(order))).isEqualTo("{\"orderId\":\"o-1\",\"customerId\":\"c-1\","
                + "\"status\":\"PENDING\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"TEA\",\"quantity\":2,"
                + "\"unitPriceCents\":450}],\"totalCents\":900,\"createdAt\":\"2026-11-24T03:00:00Z\","
                + "\"updatedAt\":\"2026-11-24T03:00:00Z\",\"version\":1,\"payBefore\":\"2026-11-24T03:30:00Z\"}");
    }
}
