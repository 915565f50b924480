package dev.hangar.samples.orders;

import static dev.hangar.samples.orders.OrderStatus.CANCELLED;
import static dev.hangar.samples.orders.OrderStatus.DELIVERED;
import static dev.hangar.samples.orders.OrderStatus.PAID;
import static dev.hangar.samples.orders.OrderStatus.PENDING;
import static dev.hangar.samples.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {
    @Test
    void canBecome_followsTheLifeCycle() {
        assertThat(successors(PENDING)).containsExactlyInAnyOrder(PAID, CANCELLED);
        assertThat(successors(PAID)).containsExactlyInAnyOrder(SHIPPED, CANCELLED);
        assertThat(successors(SHIPPED)).containsExactly(DELIVERED);
        assertThat(successors(DELIVERED)).isEmpty();
        assertThat(successors(CANCELLED)).isEmpty();
    }

    @Test
    void isFulfilment_onlyForShippingAndDelivery() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isFulfilment))
                .containsExactlyInAnyOrder(SHIPPED, DELIVERED);
    }

    @Test
    void parse_isCaseSensitiveAndRejectsUnknownNames() {
        assertThat(OrderStatus.parse("PAID")).contains(PAID);
        assertThat(OrderStatus.parse("paid")).isEmpty();
        assertThat(OrderStatus.parse("REFUNDED")).isEmpty();
        assertThat(OrderStatus.parse(null)).isEmpty();
    }

    private static Set<OrderStatus> successors(OrderStatus status) {
        Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus candidate : OrderStatus.values()) {
            if (status.canBecome(candidate)) {
                next.add(candidate);
            }
        }
        return next;
    }
}
