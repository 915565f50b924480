package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.HarnessClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Validates a JWT as HTTP API JWT authorizers do ("Control access to HTTP APIs with JWT
 * authorizers", section "Validating JWTs"): {@code kid} names a key of the JWKS, {@code alg} is an
 * RSA or ECDSA algorithm and the signature verifies (JDK crypto), {@code iss} equals the issuer,
 * {@code aud} or else {@code client_id} is one of the audiences, {@code exp} is in the future and
 * {@code nbf} and {@code iat} are not, all on the harness clock.
 */
public final class JwtVerifier {
  private final String issuer;
  private final List<String> audiences;
  private final Jwks jwks;
  private final HarnessClock clock;

  /** A verifier for one authorizer's settings. */
  public JwtVerifier(String issuer, List<String> audiences, Jwks jwks, HarnessClock clock) {
    this.issuer = issuer;
    this.audiences = List.copyOf(audiences);
    this.jwks = jwks;
    this.clock = clock;
  }

  /**
   * Verifies a token.
   *
   * @param token the token, with or without a {@code Bearer } prefix
   * @return the verified claims and scopes
   * @throws JwtRejectedException when the token is refused
   */
  public VerifiedJwt verify(String token) {
    String jwt = token.startsWith("Bearer ") ? token.substring(7).trim() : token.trim();
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new JwtRejectedException("the token is malformed");
    }
    JsonNode header = decodePart(parts[0]);
    JsonNode claimsNode = decodePart(parts[1]);
    if (!(claimsNode instanceof ObjectNode claims)) {
      throw new JwtRejectedException("the token is malformed");
    }
    checkSignature(header, parts);
    checkClaims(claims);
    return new VerifiedJwt(claims, scopes(claims));
  }

  private static JsonNode decodePart(String part) {
    try {
      JsonNode node = Json.parseOrNull(Base64.getUrlDecoder().decode(part));
      if (node == null || !node.isObject()) {
        throw new JwtRejectedException("the token is malformed");
      }
      return node;
    } catch (IllegalArgumentException e) {
      throw new JwtRejectedException("the token is malformed");
    }
  }

  private void checkSignature(JsonNode header, String[] parts) {
    String alg = header.path("alg").asText("");
    String javaAlgorithm =
        switch (alg) {
          case "RS256" -> "SHA256withRSA";
          case "RS384" -> "SHA384withRSA";
          case "RS512" -> "SHA512withRSA";
          case "ES256" -> "SHA256withECDSAinP1363Format";
          case "ES384" -> "SHA384withECDSAinP1363Format";
          case "ES512" -> "SHA512withECDSAinP1363Format";
          default -> throw new JwtRejectedException("signing algorithm is not supported");
        };
    PublicKey key = jwks.key(header.path("kid").asText(""));
    if (key == null || !key.getAlgorithm().equals(alg.startsWith("RS") ? "RSA" : "EC")) {
      throw new JwtRejectedException("signing key not found");
    }
    try {
      Signature signature = Signature.getInstance(javaAlgorithm);
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        throw new JwtRejectedException("signature is invalid");
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new JwtRejectedException("signature is invalid");
    }
  }

  private void checkClaims(ObjectNode claims) {
    if (!issuer.equals(claims.path("iss").asText(null))) {
      throw new JwtRejectedException("the token's issuer is invalid");
    }
    if (!audienceMatches(claims)) {
      throw new JwtRejectedException("the token's audience is invalid");
    }
    long now = clock.now().getEpochSecond();
    JsonNode exp = claims.get("exp");
    if (exp == null || !exp.isNumber()) {
      throw new JwtRejectedException("the token has no expiration");
    }
    if (exp.asLong() <= now) {
      throw new JwtRejectedException("the token has expired");
    }
    JsonNode nbf = claims.get("nbf");
    if (nbf != null && nbf.isNumber() && nbf.asLong() > now) {
      throw new JwtRejectedException("the token is not valid yet");
    }
    JsonNode iat = claims.get("iat");
    if (iat != null && iat.isNumber() && iat.asLong() > now) {
      throw new JwtRejectedException("the token was issued in the future");
    }
  }

  private boolean audienceMatches(ObjectNode claims) {
    JsonNode aud = claims.get("aud");
    if (aud == null) {
      aud = claims.get("client_id");
    }
    if (aud == null) {
      return false;
    }
    if (aud.isArray()) {
      for (JsonNode value : aud) {
        if (audiences.contains(value.asText())) {
          return true;
        }
      }
      return false;
    }
    return audiences.contains(aud.asText());
  }

  private static List<String> scopes(ObjectNode claims) {
    List<String> scopes = new ArrayList<>();
    JsonNode scope = claims.has("scope") ? claims.get("scope") : claims.get("scp");
    if (scope == null) {
      return scopes;
    }
    if (scope.isArray()) {
      scope.forEach(s -> scopes.add(s.asText()));
    } else {
      for (String s : scope.asText().trim().split("\\s+")) {
        if (!s.isEmpty()) {
          scopes.add(s);
        }
      }
    }
    return scopes;
  }
}
