package dev.hangar.samples.orders.api;

import java.util.Map;
import java.util.Optional;

/** Header lookup as HTTP defines it: names are case-insensitive, whatever case the client sent. */
public final class RequestHeaders {
    private RequestHeaders() {
    }

    /**
     * @param headers the request's headers, may be null (API Gateway sends null when there are none)
     * @param name the header's name in any case
     * @return its value, or empty when absent
     */
    public static Optional<String> find(Map<String, String> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
