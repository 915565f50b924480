package dev.hangar.samples.orders.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderFramesTest {
    @Test
    void frames_haveATypeAndTheOrder() {
        assertThat(OrderFrames.subscribed("o-1", "PAID", 2))
                .isEqualTo("{\"type\":\"subscribed\",\"orderId\":\"o-1\",\"status\":\"PAID\",\"version\":2}");
        assertThat(OrderFrames.unsubscribed("o-1")).isEqualTo("{\"type\":\"unsubscribed\",\"orderId\":\"o-1\"}");
        assertThat(OrderFrames.updated("o-1", "PENDING", "EXPIRED", 2)).isEqualTo(
                "{\"type\":\"orderUpdated\",\"orderId\":\"o-1\",\"previousStatus\":\"PENDING\",\"status\":\"EXPIRED\",\"version\":2}");
        assertThat(OrderFrames.error(null, "orderId is required"))
                .isEqualTo("{\"type\":\"error\",\"orderId\":null,\"message\":\"orderId is required\"}");
    }
}
