package dev.hangar.samples.orders;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The life cycle of an order and the transitions the business allows. */
public enum OrderStatus {
    /** Created, awaiting payment; expires (by DynamoDB TTL) if not paid in time. */
    PENDING,
    /** Paid, awaiting shipment. */
    PAID,
    /** Handed to the carrier. */
    SHIPPED,
    /** Received by the customer; final. */
    DELIVERED,
    /** Cancelled by the customer before shipment; final. */
    CANCELLED;

    /**
     * Whether an order in this status may move to {@code next}.
     *
     * @param next the requested status
     * @return true when the transition is allowed
     */
    public boolean canBecome(OrderStatus next) {
        return successors().contains(next);
    }

    /**
     * Whether moving to {@code next} is fulfilment work (shipping, delivering) rather than
     * something a customer does to their own order.
     *
     * @param next the requested status
     * @return true when only fulfilment staff may make the transition
     */
    public static boolean isFulfilment(OrderStatus next) {
        return next == SHIPPED || next == DELIVERED;
    }

    /**
     * Parses a status name as clients send it, case-sensitively.
     *
     * @param name the name, may be null
     * @return the status, or empty when the name is not one
     */
    public static Optional<OrderStatus> parse(String name) {
        for (OrderStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private Set<OrderStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
