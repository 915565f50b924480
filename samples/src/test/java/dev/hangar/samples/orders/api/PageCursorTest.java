package dev.hangar.samples.orders.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorTest {
    private static final Map<String, AttributeValue> LAST_KEY = Map.of(
            "pk", AttributeValue.fromS("ORDER#o-1"),
            "sk", AttributeValue.fromS("ORDER"),
            "gsi1pk", AttributeValue.fromS("CUSTOMER#c-1"),
            "gsi1sk", AttributeValue.fromS("PAID#2026-11-24T03:00:00Z#o-1"));

    @Test
    void encode_thenDecode_givesTheSameKey() {
        String cursor = PageCursor.encode(LAST_KEY).orElseThrow();

        assertThat(cursor).doesNotContain("=", "+", "/");
        assertThat(PageCursor.decode(cursor, "CUSTOMER#c-1")).contains(LAST_KEY);
    }

    @Test
    void encode_lastPage_hasNoCursor() {
        assertThat(PageCursor.encode(null)).isEmpty();
        assertThat(PageCursor.encode(Map.of())).isEmpty();
    }

    @Test
    void encode_nonStringKey_failsNamingTheAttribute() {
        assertThatThrownBy(() -> PageCursor.encode(Map.of("pk", AttributeValue.fromN("1"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Key attribute pk is not a string");
    }

    @Test
    void decode_cursorOfAnotherCustomer_isRefused() {
        String cursor = PageCursor.encode(LAST_KEY).orElseThrow();

        assertThat(PageCursor.decode(cursor, "CUSTOMER#c-2")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%%%", "bm90IGpzb24", "W10", "e30"})
    void decode_garbage_isRefused(String cursor) {
        assertThat(PageCursor.decode(cursor, "CUSTOMER#c-1")).isEmpty();
    }

    @Test
    void decode_missingOrExtraAttributes_isRefused() {
        assertThat(PageCursor.decode(base64("{\"pk\":\"a\",\"sk\":\"b\",\"gsi1pk\":\"CUSTOMER#c-1\"}"), "CUSTOMER#c-1"))
                .isEmpty();
        assertThat(PageCursor.decode(base64("{\"pk\":\"a\",\"sk\":\"b\",\"gsi1pk\":\"CUSTOMER#c-1\",\"other\":\"x\"}"),
                "CUSTOMER#c-1")).isEmpty();
        assertThat(PageCursor.decode(base64("{\"pk\":\"a\",\"sk\":\"b\",\"gsi1pk\":\"CUSTOMER#c-1\",\"gsi1sk\":1}"),
                "CUSTOMER#c-1")).isEmpty();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
