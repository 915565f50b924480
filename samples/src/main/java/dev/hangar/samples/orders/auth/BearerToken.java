package dev.hangar.samples.orders.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the token from an {@code Authorization: Bearer <token>} header (RFC 6750, section 2.1). */
public final class BearerToken {
    private static final Pattern HEADER = Pattern.compile("(?i:bearer) +([A-Za-z0-9._~+/-]+=*)");

    private BearerToken() {
    }

    /**
     * @param authorization the header's value, may be null
     * @return the token, or empty when the header is absent or not a bearer credential
     */
    public static Optional<String> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADER.matcher(authorization.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
