package dev.hangar.samples.orders.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample stream events in {@code samples/events} (also usable with {@code sam local invoke -e}),
 * deserialised by the Lambda runtime's own serialiser exactly as the function receives them.
 */
class OrderChangeFromStreamEventTest {
    @Test
    void placedAndPaid_yieldsTheTwoOrderChangesAndSkipsTheHistoryItem() throws IOException {
        List<Optional<OrderChange>> changes = changesIn("events/stream-order-placed-and-paid.json");

        String orderId = "3f1c2a9e-5b7d-4c8e-9a21-6d0e4b7f8a13";
        assertThat(changes).containsExactly(
                Optional.of(new OrderChange(orderId, "cust-ada", null, "PENDING", 1, 900)),
                Optional.of(new OrderChange(orderId, "cust-ada", "PENDING", "PAID", 2, 900)),
                Optional.empty());
    }

    @Test
    void expiredByTtl_isReportedAsExpired() throws IOException {
        assertThat(changesIn("events/stream-order-expired-by-ttl.json")).containsExactly(Optional.of(
                new OrderChange("9b2e7c41-0d3f-4a6b-8e15-c7f9a2d4b608", "cust-ada", "PENDING", OrderChange.EXPIRED,
                        2, 1299)));
    }

    @Test
    void sequenceNumbers_reachTheHandlerForBatchItemFailures() throws IOException {
        assertThat(event("events/stream-order-placed-and-paid.json").getRecords())
                .extracting(record -> record.getDynamodb().getSequenceNumber())
                .containsExactly("4421584500000000017450439091", "4421584500000000017450439092",
                        "4421584500000000017450439093");
    }

    private static List<Optional<OrderChange>> changesIn(String file) throws IOException {
        return event(file).getRecords().stream().map(OrderChange::from).toList();
    }

    private static DynamodbEvent event(String file) throws IOException {
        try (InputStream json = Files.newInputStream(Path.of(file))) {
            return LambdaEventSerializers.serializerFor(DynamodbEvent.class,
                    OrderChangeFromStreamEventTest.class.getClassLoader()).fromJson(json);
        }
    }
}
