package dev.hangar.samples.orders.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TableKeysTest {
    @Test
    void historySk_sortsByVersionAsStrings() {
        assertThat(TableKeys.historySk(9)).isEqualTo("HISTORY#0000000009");
        assertThat(TableKeys.historySk(10)).isGreaterThan(TableKeys.historySk(9));
    }

    @Test
    void customerOrderSk_groupsByStatusThenAge() {
        Instant earlier = Instant.parse("2026-11-24T03:00:00Z");
        Instant later = Instant.parse("2026-11-24T04:00:00Z");

        assertThat(TableKeys.customerOrderSk("PAID", earlier, "o-1")).isEqualTo("PAID#2026-11-24T03:00:00Z#o-1");
        assertThat(TableKeys.customerOrderSk("PAID", later, "o-0"))
                .isGreaterThan(TableKeys.customerOrderSk("PAID", earlier, "o-9"));
    }

    @Test
    void isExpiredAt_countsTheDeadlineItselfAsExpired() {
        OrderRecord order = new OrderRecord();
        Instant deadline = Instant.parse("2026-11-24T03:30:00Z");

        assertThat(order.isExpiredAt(deadline)).isFalse();
        order.setExpiresAt(deadline.getEpochSecond());
        assertThat(order.isExpiredAt(deadline.minusSeconds(1))).isFalse();
        assertThat(order.isExpiredAt(deadline)).isTrue();
    }
}
