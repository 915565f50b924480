package dev.hangar.samples.orders.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.samples.orders.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque {@code cursor} of a paged listing: DynamoDB's {@code LastEvaluatedKey} of a {@code gsi1}
 * query, as base64url JSON. A cursor only continues the listing it came from: one naming another
 * customer's partition is refused rather than followed.
 */
public final class PageCursor {
    private static final Set<String> KEY_ATTRIBUTES = Set.of("pk", "sk", "gsi1pk", "gsi1sk");

    private PageCursor() {
    }

    /**
     * @param lastEvaluatedKey the key where a page ended; null or empty on the last page
     * @return the cursor for the next page, or empty on the last page
     */
    public static Optional<String> encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastEvaluatedKey.forEach((name, value) -> {
            if (value.s() == null) {
                throw new IllegalStateException("Key attribute " + name + " is not a string: " + value);
            }
            plain.put(name, value.s());
        });
        byte[] json = JsonCodec.write(plain).getBytes(StandardCharsets.UTF_8);
        return Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(json));
    }

    /**
     * @param cursor the cursor a client sent back
     * @param expectedGsi1pk the partition the listing reads
     * @return the exclusive start key, or empty when the cursor is malformed or from another listing
     */
    public static Optional<Map<String, AttributeValue>> decode(String cursor, String expectedGsi1pk) {
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<JsonNode> parsed = JsonCodec.parse(new String(json, StandardCharsets.UTF_8));
        if (parsed.isEmpty() || !parsed.get().isObject() || parsed.get().size() != KEY_ATTRIBUTES.size()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : KEY_ATTRIBUTES) {
            JsonNode value = parsed.get().get(name);
            if (value == null || !value.isTextual()) {
                return Optional.empty();
            }
            key.put(name, AttributeValue.fromS(value.asText()));
        }
        return key.get("gsi1pk").s().equals(expectedGsi1pk) ? Optional.of(key) : Optional.empty();
    }
}
