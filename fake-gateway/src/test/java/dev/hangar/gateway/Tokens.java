package dev.hangar.gateway;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Signs test JWTs with the JDK (RS256 and ES256) and publishes the matching JWKS. */
final class Tokens {
  static final KeyPair RSA = generate("RSA");
  static final KeyPair EC = generate("EC");
  static final KeyPair OTHER_RSA = generate("RSA");

  private Tokens() {}

  private static KeyPair generate(String algorithm) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (algorithm.equals("EC")) {
        generator.initialize(new ECGenParameterSpec("secp256r1"));
      } else {
        generator.initialize(2048);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String jwks() {
    RSAPublicKey rsa = (RSAPublicKey) RSA.getPublic();
    ECPublicKey ec = (ECPublicKey) EC.getPublic();
    return "{\"keys\":["
        + "{\"kty\":\"RSA\",\"kid\":\"rsa-1\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
        + b64(unsigned(rsa.getModulus(), 0)) + "\",\"e\":\"" + b64(unsigned(rsa.getPublicExponent(), 0))
        + "\"},"
        + "{\"kty\":\"EC\",\"kid\":\"ec-1\",\"crv\":\"P-256\",\"x\":\""
        + b64(unsigned(ec.getW().getAffineX(), 32)) + "\",\"y\":\""
        + b64(unsigned(ec.getW().getAffineY(), 32)) + "\"}"
        + "]}";
  }

  static String rs256(String claimsJson) {
    return sign("{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"typ\":\"JWT\"}", claimsJson, RSA, "SHA256withRSA");
  }

  static String es256(String claimsJson) {
    return sign(
        "{\"alg\":\"ES256\",\"kid\":\"ec-1\",\"typ\":\"JWT\"}",
        claimsJson,
        EC,
        "SHA256withECDSAinP1363Format");
  }

  /** Signed with a key that is not in the JWKS but claims the JWKS's kid. */
  static String forged(String claimsJson) {
    return sign(
        "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"typ\":\"JWT\"}", claimsJson, OTHER_RSA, "SHA256withRSA");
  }

  private static String sign(String header, String claims, KeyPair keys, String algorithm) {
    try {
      String input =
          b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
      Signature signature = Signature.getInstance(algorithm);
      signature.initSign(keys.getPrivate());
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned(BigInteger value, int length) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    if (length > bytes.length) {
      byte[] padded = new byte[length];
      System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
      return padded;
    }
    return bytes;
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
