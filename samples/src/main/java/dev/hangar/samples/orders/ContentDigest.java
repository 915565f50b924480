package dev.hangar.samples.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests: of API tokens (stored instead of the tokens) and of requests (for idempotency). */
public final class ContentDigest {
    private ContentDigest() {
    }

    /**
     * @param text the text, encoded as UTF-8
     * @return the SHA-256 of the text, 64 lower-case hex digits
     */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
