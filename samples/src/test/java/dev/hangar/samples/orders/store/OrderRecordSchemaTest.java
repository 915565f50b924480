package dev.hangar.samples.orders.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item the Enhanced Client writes for an order: the stream consumer reads these attributes by name
 * and type from stream images, so their shape is a contract between the functions.
 */
class OrderRecordSchemaTest {
    @Test
    void itemToMap_writesTheAttributesTheStreamConsumerReads() {
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
        order.setExpiresAt(1_795_500_000L);

        Map<String, AttributeValue> item = TableSchema.fromBean(OrderRecord.class).itemToMap(order, true);

        assertThat(item).containsEntry("orderId", AttributeValue.fromS("o-1"))
                .containsEntry("customerId", AttributeValue.fromS("c-1"))
                .containsEntry("status", AttributeValue.fromS("PENDING"))
                .containsEntry("version", AttributeValue.fromN("1"))
                .containsEntry("totalCents", AttributeValue.fromN("900"))
                .containsEntry("createdAt", AttributeValue.fromS("2026-11-24T03:00:00Z"))
                .containsEntry("expiresAt", AttributeValue.fromN("1795500000"))
                .containsEntry("lines", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "sku", AttributeValue.fromS("TEA"),
                        "quantity", AttributeValue.fromN("2"),
                        "unitPriceCents", AttributeValue.fromN("450"))))));
    }

    @Test
    void itemToMap_paidOrder_hasNoTtlAttribute() {
        OrderRecord order = new OrderRecord();
        order.setPk("ORDER#o-1");
        order.setSk("ORDER");
        order.setStatus("PAID");

        assertThat(TableSchema.fromBean(OrderRecord.class).itemToMap(order, true)).doesNotContainKey("expiresAt");
    }

    @Test
    void subscriptionAndOrder_shareTheIndexAttributes() {
        assertThat(TableSchema.fromBean(SubscriptionRecord.class).tableMetadata().indexPartitionKey(TableKeys.GSI1))
                .isEqualTo("gsi1pk");
        assertThat(TableSchema.fromBean(SubscriptionRecord.class).tableMetadata().indexSortKey(TableKeys.GSI1))
                .contains("gsi1sk");
        assertThat(TableSchema.fromBean(OrderRecord.class).tableMetadata().indexPartitionKey(TableKeys.GSI1))
                .isEqualTo("gsi1pk");
        assertThat(TableSchema.fromBean(OrderRecord.class).tableMetadata().indexSortKey(TableKeys.GSI1))
                .contains("gsi1sk");
    }
}
