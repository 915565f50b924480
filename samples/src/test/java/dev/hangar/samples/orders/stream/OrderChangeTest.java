package dev.hangar.samples.orders.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderChangeTest {
    @Test
    void from_insertedOrder_isACreation() {
        DynamodbEvent.DynamodbStreamRecord record = record("INSERT", "ORDER", null, order("PENDING", 1));

        assertThat(OrderChange.from(record)).contains(new OrderChange("o-1", "c-1", null, "PENDING", 1, 2500));
    }

    @Test
    void from_statusChange_carriesBothStatusesAndTheNewVersion() {
        DynamodbEvent.DynamodbStreamRecord record = record("MODIFY", "ORDER", order("PENDING", 1), order("PAID", 2));

        assertThat(OrderChange.from(record)).contains(new OrderChange("o-1", "c-1", "PENDING", "PAID", 2, 2500));
    }

    @Test
    void from_modificationWithoutStatusChange_isNoOrderChange() {
        assertThat(OrderChange.from(record("MODIFY", "ORDER", order("PAID", 2), order("PAID", 3)))).isEmpty();
    }

    @Test
    void from_removalByTtl_isAnExpiry() {
        DynamodbEvent.DynamodbStreamRecord record = record("REMOVE", "ORDER", order("PENDING", 1), null);
        record.setUserIdentity(new Identity().withType("Service").withPrincipalId("dynamodb.amazonaws.com"));

        assertThat(OrderChange.from(record))
                .contains(new OrderChange("o-1", "c-1", "PENDING", OrderChange.EXPIRED, 2, 2500));
    }

    @Test
    void from_removalByAnyoneElse_isADeletion() {
        DynamodbEvent.DynamodbStreamRecord record = record("REMOVE", "ORDER", order("CANCELLED", 3), null);

        assertThat(OrderChange.from(record))
                .contains(new OrderChange("o-1", "c-1", "CANCELLED", OrderChange.DELETED, 4, 2500));
    }

    @Test
    void from_otherEntities_areNoOrderChanges() {
        assertThat(OrderChange.from(record("INSERT", "HISTORY#0000000001", null, order("PENDING", 1)))).isEmpty();
        assertThat(OrderChange.from(record("INSERT", "SUMMARY", null, Map.of()))).isEmpty();
    }

    @Test
    void from_keysOnlyStream_failsNamingTheSetting() {
        assertThatThrownBy(() -> OrderChange.from(record("INSERT", "ORDER", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("StreamViewType must be NEW_AND_OLD_IMAGES");
    }

    @Test
    void isFinal_forTerminalStatusesAndRemovals() {
        assertThat(change("PENDING").isFinal()).isFalse();
        assertThat(change("PAID").isFinal()).isFalse();
        assertThat(change("SHIPPED").isFinal()).isFalse();
        assertThat(change("DELIVERED").isFinal()).isTrue();
        assertThat(change("CANCELLED").isFinal()).isTrue();
        assertThat(change(OrderChange.EXPIRED).isFinal()).isTrue();
        assertThat(change(OrderChange.DELETED).isFinal()).isTrue();
    }

    private static OrderChange change(String status) {
        return new OrderChange("o-1", "c-1", "PENDING", status, 2, 100);
    }

    private static Map<String, AttributeValue> order(String status, long version) {
        Map<String, AttributeValue> image = new HashMap<>();
        image.put("pk", new AttributeValue().withS("ORDER#o-1"));
        image.put("sk", new AttributeValue().withS("ORDER"));
        image.put("orderId", new AttributeValue().withS("o-1"));
        image.put("customerId", new AttributeValue().withS("c-1"));
        image.put("status", new AttributeValue().withS(status));
        image.put("version", new AttributeValue().withN(Long.toString(version)));
        image.put("totalCents", new AttributeValue().withN("2500"));
        return image;
    }

    private static DynamodbEvent.DynamodbStreamRecord record(String eventName, String sortKey,
            Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
        StreamRecord data = new StreamRecord();
        data.setKeys(Map.of("pk", new AttributeValue().withS("ORDER#o-1"), "sk", new AttributeValue().withS(sortKey)));
        data.setOldImage(oldImage);
        data.setNewImage(newImage);
        data.setSequenceNumber("111");
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName(eventName);
        record.setDynamodb(data);
        return record;
    }
}
