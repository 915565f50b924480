package dev.hangar.samples.orders.store;

/**
 * What happened to a request to create an order.
 *
 * @param kind created now, replayed from an earlier request with the same key, or refused
 * @param orderId the order created now or earlier; null when refused or in progress
 */
public record CreateOutcome(Kind kind, String orderId) {
    /** The possible outcomes. */
    public enum Kind {
        /** The order was written now. */
        CREATED,
        /** The same Idempotency-Key and request created this order earlier; nothing was written. */
        REPLAYED,
        /** The Idempotency-Key was used earlier for a different request; nothing was written. */
        KEY_REUSED,
        /** Another request with the same Idempotency-Key was being written at the same moment. */
        IN_PROGRESS
    }
}
