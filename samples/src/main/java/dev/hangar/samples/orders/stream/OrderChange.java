package dev.hangar.samples.orders.stream;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.hangar.samples.orders.store.TableKeys;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of an order's status, read from a stream record with new and old images. Every other
 * change (other entities, or an order modified without a status change) is not an order change.
 *
 * @param orderId the order
 * @param customerId its customer
 * @param previousStatus the status before; null when the order was just created
 * @param status the status after: an {@code OrderStatus} name, {@link #EXPIRED} when DynamoDB's TTL
 *     removed the order, {@link #DELETED} when anyone else did
 * @param version the order's version after the change (a removal counts as one more)
 * @param totalCents the order's total
 */
public record OrderChange(String orderId, String customerId, String previousStatus, String status, long version,
        long totalCents) {
    /** The status reported when TTL removed an unpaid order. */
    public static final String EXPIRED = "EXPIRED";
    /** The status reported when an order item was deleted other than by TTL. */
    public static final String DELETED = "DELETED";

    /**
     * @param record a record of the table's stream
     * @return the order change it carries, or empty when it carries none
     */
    public static Optional<OrderChange> from(Record record) {
        StreamRecord data = record.getDynamodb();
        if (data == null || !TableKeys.ORDER_SK.equals(string(data.getKeys(), "sk"))) {
            return Optional.empty();
        }
        switch (record.getEventName()) {
            case "INSERT": {
                Map<String, AttributeValue> after = image(data.getNewImage(), "INSERT");
                return Optional.of(of(after, null, string(after, "status"), number(after, "version")));
            }
            case "MODIFY": {
                Map<String, AttributeValue> before = image(data.getOldImage(), "MODIFY");
                Map<String, AttributeValue> after = image(data.getNewImage(), "MODIFY");
                String previous = string(before, "status");
                String now = string(after, "status");
                return Objects.equals(previous, now) ? Optional.empty()
                        : Optional.of(of(after, previous, now, number(after, "version")));
            }
            case "REMOVE": {
                Map<String, AttributeValue> before = image(data.getOldImage(), "REMOVE");
                String cause = removedByTtl(record.getUserIdentity()) ? EXPIRED : DELETED;
                return Optional.of(of(before, string(before, "status"), cause, number(before, "version") + 1));
            }
            default:
                throw new IllegalArgumentException("Unknown stream event " + record.getEventName());
        }
    }

    /**
     * Whether the order left the life cycle with this change, so that nobody needs its updates any more.
     *
     * @return true for delivered, cancelled, expired and deleted orders
     */
    public boolean isFinal() {
        return switch (status) {
            case "DELIVERED", "CANCELLED", EXPIRED, DELETED -> true;
            default -> false;
        };
    }

    private static Map<String, AttributeValue> image(Map<String, AttributeValue> image, String eventName) {
        if (image == null) {
            throw new IllegalArgumentException(eventName + " record without the image it needs; the table's "
                    + "StreamViewType must be NEW_AND_OLD_IMAGES");
        }
        return image;
    }

    private static OrderChange of(Map<String, AttributeValue> image, String previous, String status, long version) {
        return new OrderChange(string(image, "orderId"), string(image, "customerId"), previous, status, version,
                number(image, "totalCents"));
    }

    // DynamoDB documents TTL deletions as records whose userIdentity is the DynamoDB service principal.
    private static boolean removedByTtl(Identity identity) {
        return identity != null && "Service".equals(identity.getType())
                && "dynamodb.amazonaws.com".equals(identity.getPrincipalId());
    }

    private static String string(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image == null ? null : image.get(name);
        return value == null ? null : value.getS();
    }

    private static long number(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image == null ? null : image.get(name);
        if (value == null || value.getN() == null) {
            throw new IllegalArgumentException("Order image without number attribute " + name);
        }
        return Long.parseLong(value.getN());
    }
}
