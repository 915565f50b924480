package dev.hangar.samples.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {
    @Test
    void find_ignoresTheCaseTheClientUsed() {
        Map<String, String> headers = Map.of("idempotency-key", "key-12345", "Content-Type", "application/json");

        assertThat(RequestHeaders.find(headers, "Idempotency-Key")).contains("key-12345");
        assertThat(RequestHeaders.find(headers, "content-type")).contains("application/json");
        assertThat(RequestHeaders.find(headers, "Authorization")).isEmpty();
        assertThat(RequestHeaders.find(null, "Authorization")).isEmpty();
    }
}
