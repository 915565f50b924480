package dev.hangar.samples.orders.auth;

import dev.hangar.samples.orders.ContentDigest;
import dev.hangar.samples.orders.store.ApiTokenRecord;
import dev.hangar.samples.orders.store.ApiTokenRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides what a presented API token is worth; shared by the REST authorizer and WebSocket {@code $connect}. */
public final class TokenVerifier {
    private final ApiTokenRepository tokens;

    /** @param tokens where issued tokens are stored */
    public TokenVerifier(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /**
     * @param token the token as presented, may be null
     * @param now the current time
     * @return the verdict
     */
    public Verdict verify(String token, Instant now) {
        if (token == null || token.isEmpty()) {
            return Verdict.unknown();
        }
        ApiTokenRecord record = tokens.find(ContentDigest.sha256Hex(token)).orElse(null);
        // TTL deletes expired tokens up to days late: the expiry is checked here, not left to TTL.
        if (record == null || (record.getExpiresAt() != null && record.getExpiresAt() <= now.getEpochSecond())) {
            return Verdict.unknown();
        }
        Set<String> scopes = record.getScopes() == null ? Set.of()
                : Arrays.stream(record.getScopes().split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new Verdict(record.isRevoked() ? Verdict.Kind.REVOKED : Verdict.Kind.VALID, record.getCustomerId(),
                scopes);
    }

    /**
     * What a token is worth.
     *
     * @param kind unknown (never issued, or expired), revoked, or valid
     * @param customerId the customer it was issued to; null when unknown
     * @param scopes its scopes; empty when unknown
     */
    public record Verdict(Kind kind, String customerId, Set<String> scopes) {
        /** Copies the scopes. */
        public Verdict {
            scopes = Set.copyOf(scopes);
        }

        static Verdict unknown() {
            return new Verdict(Kind.UNKNOWN, null, Set.of());
        }

        /** The possible verdicts. */
        public enum Kind {
            /** Never issued, or expired. */
            UNKNOWN,
            /** Issued, not expired, but revoked. */
            REVOKED,
            /** Good to use. */
            VALID
        }
    }
}
