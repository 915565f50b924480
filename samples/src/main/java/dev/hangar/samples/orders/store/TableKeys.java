package dev.hangar.samples.orders.store;

import java.time.Instant;

/** Builds the key values of the single-table design (see the package documentation). */
public final class TableKeys {
    /** The name of the attribute DynamoDB's TTL reads, in epoch seconds. */
    public static final String TTL_ATTRIBUTE = "expiresAt";
    /** The global secondary index: orders by customer and status, subscriptions by connection. */
    public static final String GSI1 = "gsi1";
    /**
     * The local secondary index: an order's items (the order and its status history) by status, with
     * the time each history entry was recorded.
     */
    public static final String BY_STATUS = "byStatus";
    /** The sort key prefix of status history items. */
    public static final String HISTORY_PREFIX = "HISTORY#";
    /** The sort key of an order's delivery proof. */
    public static final String DELIVERY_PROOF_SK = "DELIVERY_PROOF";
    /** The sort key of the confirmation sent when an order was placed. */
    public static final String CONFIRMATION_SK = "CONFIRMATION";
    /** The sort key of an order item. */
    public static final String ORDER_SK = "ORDER";
    /** The sort key prefix of subscription items. */
    public static final String SUBSCRIBER_PREFIX = "SUBSCRIBER#";

    private TableKeys() {
    }

    /** @param orderId the order's id @return the partition key of the order and its related items */
    public static String orderPk(String orderId) {
        return "ORDER#" + orderId;
    }

    /** @param customerId the customer @return the partition key of the customer's summary and GSI entries */
    public static String customerPk(String customerId) {
        return "CUSTOMER#" + customerId;
    }

    /**
     * @param status the order's status
     * @param createdAt when the order was placed
     * @param orderId the order's id
     * @return the GSI sort key: by status, then by age
     */
    public static String customerOrderSk(String status, Instant createdAt, String orderId) {
        return status + "#" + createdAt + "#" + orderId;
    }

    /** @param version the order's version after the change @return the sort key of a history entry */
    public static String historySk(long version) {
        return String.format(HISTORY_PREFIX + "%010d", version);
    }

    /** @param connectionId the WebSocket connection @return the sort key of a subscription under an order */
    public static String subscriberSk(String connectionId) {
        return SUBSCRIBER_PREFIX + connectionId;
    }

    /** @param connectionId the WebSocket connection @return the partition key of the connection item */
    public static String connectionPk(String connectionId) {
        return "CONNECTION#" + connectionId;
    }

    /** @param customerId the customer @param key the client's Idempotency-Key @return the key item's partition key */
    public static String idempotencyPk(String customerId, String key) {
        return "IDEMPOTENCY#" + customerId + "#" + key;
    }

    /** @param tokenDigest the SHA-256 of the token, hex @return the token item's partition key */
    public static String tokenPk(String tokenDigest) {
        return "TOKEN#" + tokenDigest;
    }
}
