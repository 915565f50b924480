package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON Web Key Set (RFC 7517) of RSA and EC public keys, read with the JDK's own crypto. A set
 * that cannot be read fails at once with a message naming the key, since it is the test's set-up.
 */
public final class Jwks {
  private final Map<String, PublicKey> keys;

  private Jwks(Map<String, PublicKey> keys) {
    this.keys = keys;
  }

  /**
   * Reads a key set.
   *
   * @param json the document, {@code {"keys":[{"kty":"RSA","kid":..,"n":..,"e":..}, ...]}}
   * @param owner the authorizer's name, for messages
   * @return the keys by {@code kid}
   * @throws IllegalArgumentException when the document or a key is malformed
   */
  public static Jwks parse(String json, String owner) {
    JsonNode root = Json.parseOrNull(json.getBytes(StandardCharsets.UTF_8));
    if (root == null || !root.path("keys").isArray()) {
      throw new IllegalArgumentException(
          "Authorizer '" + owner + "': the JWKS is not a JSON object with a \"keys\" array");
    }
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode key : root.path("keys")) {
      String kid = key.path("kid").asText("");
      try {
        keys.put(kid, publicKey(key));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Authorizer '" + owner + "': JWKS key #" + index + " (kid '" + kid
                + "') cannot be read: " + e.getMessage(), e);
      }
      index++;
    }
    return new Jwks(Map.copyOf(keys));
  }

  private static PublicKey publicKey(JsonNode key) throws GeneralSecurityException {
    String kty = key.path("kty").asText();
    switch (kty) {
      case "RSA":
        return KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(number(key, "n"), number(key, "e")));
      case "EC":
        String curve =
            switch (key.path("crv").asText()) {
              case "P-256" -> "secp256r1";
              case "P-384" -> "secp384r1";
              case "P-521" -> "secp521r1";
              default -> throw new IllegalArgumentException(
                  "unsupported curve '" + key.path("crv").asText() + "'");
            };
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(number(key, "x"), number(key, "y"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
      default:
        throw new IllegalArgumentException("unsupported kty '" + kty + "' (RSA and EC are read)");
    }
  }

  private static BigInteger number(JsonNode key, String field) {
    String text = key.path(field).asText(null);
    if (text == null) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return new BigInteger(1, Base64.getUrlDecoder().decode(text));
  }

  /** The key with that id, or null. */
  public PublicKey key(String kid) {
    return keys.get(kid);
  }
}
