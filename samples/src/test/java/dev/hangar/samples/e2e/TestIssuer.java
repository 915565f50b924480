package dev.hangar.samples.e2e;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * A JWT issuer made with the JDK alone: an RSA key pair, its public half as a JSON Web Key Set (what
 * the issuer would serve at its {@code jwks_uri}), and RS256-signed tokens.
 */
public final class TestIssuer {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private final KeyPair key;
    private final String keyId;

    private TestIssuer(KeyPair key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /**
     * @param keyId the {@code kid} of the key
     * @return an issuer with a new 2048-bit RSA key
     */
    public static TestIssuer withNewKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestIssuer(generator.generateKeyPair(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform provides RSA", e);
        }
    }

    /** @return the key set document, {@code {"keys":[...]}} */
    public String jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + unsigned(publicKey.getModulus()) + "\",\"e\":\"" + unsigned(publicKey.getPublicExponent()) + "\"}]}";
    }

    /**
     * A signed token.
     *
     * @param issuer the {@code iss} claim
     * @param audience the {@code aud} claim
     * @param subject the {@code sub} claim
     * @param scope the {@code scope} claim, scopes separated by spaces
     * @param issuedAt the {@code iat} claim
     * @param expires the {@code exp} claim
     * @return the compact JWS
     */
    public String token(String issuer, String audience, String subject, String scope, Instant issuedAt,
            Instant expires) {
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject
                + "\",\"scope\":\"" + scope + "\",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + expires.getEpochSecond() + "}";
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform provides SHA256withRSA", e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return URL.encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
    }
}
