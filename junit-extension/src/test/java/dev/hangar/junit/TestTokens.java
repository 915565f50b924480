package dev.hangar.junit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** An RSA key that signs RS256 JWTs for tests, and its JSON Web Key Set. */
final class TestTokens {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private final KeyPair key;
  private final String issuer;

  TestTokens(String issuer) {
    this.issuer = issuer;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      this.key = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String jwks() {
    RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
        + unsigned(publicKey.getModulus())
        + "\",\"e\":\""
        + unsigned(publicKey.getPublicExponent())
        + "\"}]}";
  }

  /** A token for a subject with scopes, valid for an hour from {@code now} (epoch seconds). */
  String token(String subject, String audience, String scope, long now) {
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}";
    String claims =
        "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"aud\":\"" + audience
            + "\",\"scope\":\"" + scope + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key.getPrivate());
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    byte[] out = new byte[bytes.length - skip];
    System.arraycopy(bytes, skip, out, 0, out.length);
    return URL.encodeToString(out);
  }
}
