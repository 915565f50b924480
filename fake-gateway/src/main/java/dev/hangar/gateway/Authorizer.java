package dev.hangar.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An authorizer of an API, referenced by name from {@link Route#authorizer(String)}.
 *
 * <p>Kinds, as "Use API Gateway Lambda authorizers", "Control access to HTTP APIs with JWT
 * authorizers" and "Control access to REST APIs using Amazon Cognito user pools as an authorizer"
 * describe them:
 *
 * <ul>
 *   <li>{@link #lambdaToken} and {@link #lambdaRequest}: REST API Lambda authorizers returning an
 *       IAM policy evaluated against the {@code methodArn}; results cached by identity source
 *       (default TTL 300 s).
 *   <li>{@link #httpLambda}: HTTP API Lambda authorizer, payload 2.0, simple responses ({@code
 *       isAuthorized}) or IAM policies evaluated against the {@code routeArn}; no caching unless a
 *       TTL is set. With {@link #payloadFormatVersion(String) payload format 1.0} it receives the
 *       REST-compatible {@code REQUEST} event ({@code methodArn}, {@code identitySource} and
 *       {@code authorizationToken} as one comma-joined string) and must return an IAM policy.
 *   <li>{@link #jwt}: HTTP API JWT authorizer checking signature (RS256/384/512, ES256/384/512
 *       against the JWKS given), issuer, audience, expiry on the harness clock and scopes.
 *   <li>{@link #cognito}: REST API Cognito user-pool authorizer, a JWT check with the user pool's
 *       issuer.
 * </ul>
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 *
 * @since 0.1.0
 */
public final class Authorizer {
  /** What kind of authorizer this is. */
  public enum Kind {
    /** REST API Lambda authorizer of type TOKEN. */
    LAMBDA_TOKEN,
    /** REST API Lambda authorizer of type REQUEST. */
    LAMBDA_REQUEST,
    /** HTTP API Lambda authorizer (payload format 2.0 or 1.0). */
    HTTP_LAMBDA,
    /** HTTP API JWT authorizer. */
    JWT,
    /** REST API Cognito user pool authorizer. */
    COGNITO
  }

  private final Kind kind;
  private final String name;
  private final String function;
  private final List<String> identitySources;
  private final Duration ttl;
  private final String validationRegex;
  private final boolean simpleResponses;
  private final String issuer;
  private final List<String> audiences;
  private final String jwks;
  private final String payloadFormatVersion;

  private Authorizer(
      Kind kind,
      String name,
      String function,
      List<String> identitySources,
      Duration ttl,
      String validationRegex,
      boolean simpleResponses,
      String issuer,
      List<String> audiences,
      String jwks,
      String payloadFormatVersion) {
    this.kind = kind;
    this.name = name;
    this.function = function;
    this.identitySources = identitySources;
    this.ttl = ttl;
    this.validationRegex = validationRegex;
    this.simpleResponses = simpleResponses;
    this.issuer = issuer;
    this.audiences = audiences;
    this.jwks = jwks;
    this.payloadFormatVersion = payloadFormatVersion;
  }

  /**
   * A REST API TOKEN authorizer reading {@code method.request.header.Authorization}, TTL 300 s.
   *
   * @param name the authorizer's name
   * @param function the authorizer function's name
   * @return the authorizer, never null
   */
  public static Authorizer lambdaToken(String name, String function) {
    return new Authorizer(
        Kind.LAMBDA_TOKEN,
        requireName(name),
        Objects.requireNonNull(function, "function"),
        List.of("method.request.header.Authorization"),
        Duration.ofSeconds(300),
        null,
        false,
        null,
        List.of(),
        null, null);
  }

  /**
   * A REST API REQUEST authorizer, TTL 300 s.
   *
   * @param name the authorizer's name
   * @param function the authorizer function's name
   * @param identitySources sources such as {@code method.request.header.Authorization}, {@code
   *     method.request.querystring.token}, {@code stageVariables.x}; all must be present
   * @return the authorizer, never null
   */
  public static Authorizer lambdaRequest(String name, String function, String... identitySources) {
    return new Authorizer(
        Kind.LAMBDA_REQUEST,
        requireName(name),
        Objects.requireNonNull(function, "function"),
        List.of(identitySources),
        Duration.ofSeconds(300),
        null,
        false,
        null,
        List.of(),
        null, null);
  }

  /**
   * An HTTP API Lambda authorizer, payload format 2.0, with simple responses, reading {@code
   * $request.header.Authorization}, not cached.
   *
   * @param name the authorizer's name
   * @param function the authorizer function's name
   * @return the authorizer, never null
   */
  public static Authorizer httpLambda(String name, String function) {
    return new Authorizer(
        Kind.HTTP_LAMBDA,
        requireName(name),
        Objects.requireNonNull(function, "function"),
        List.of("$request.header.Authorization"),
        Duration.ZERO,
        null,
        true,
        null,
        List.of(),
        null, "2.0");
  }

  /**
   * An HTTP API JWT authorizer reading {@code $request.header.Authorization}.
   *
   * @param name the authorizer's name
   * @param issuer the required {@code iss} claim
   * @param jwks the JSON Web Key Set (the document at the issuer's {@code jwks_uri}) whose keys
   *     sign the tokens
   * @param audiences accepted {@code aud} (or {@code client_id}) values; at least one
   * @return the authorizer, never null
   */
  public static Authorizer jwt(String name, String issuer, String jwks, String... audiences) {
    if (audiences.length == 0) {
      throw new IllegalArgumentException(
          "JWT authorizer '" + name + "': give at least one audience, as API Gateway requires");
    }
    return new Authorizer(
        Kind.JWT,
        requireName(name),
        null,
        List.of("$request.header.Authorization"),
        Duration.ZERO,
        null,
        false,
        Objects.requireNonNull(issuer, "issuer"),
        List.of(audiences),
        Objects.requireNonNull(jwks, "jwks"), null);
  }

  /**
   * A REST API Cognito user-pool authorizer reading {@code method.request.header.Authorization}.
   * Tokens must be issued by {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}} and
   * signed by a key of the given JWKS; ID tokens must carry one of the client ids as {@code aud},
   * access tokens as {@code client_id}.
   *
   * @param name the authorizer's name
   * @param userPoolId the user pool id such as {@code us-east-1_AbCdEf123}
   * @param jwks the user pool's JSON Web Key Set
   * @param clientIds the app client ids
   * @return the authorizer, never null
   */
  public static Authorizer cognito(
      String name, String userPoolId, String jwks, String... clientIds) {
    Objects.requireNonNull(userPoolId, "userPoolId");
    int underscore = userPoolId.indexOf('_');
    if (underscore <= 0) {
      throw new IllegalArgumentException(
          "Cognito authorizer '" + name + "': '" + userPoolId
              + "' is not a user pool id (expected region_id such as us-east-1_AbCdEf123)");
    }
    String issuer =
        "https://cognito-idp." + userPoolId.substring(0, underscore) + ".amazonaws.com/" + userPoolId;
    return new Authorizer(
        Kind.COGNITO,
        requireName(name),
        null,
        List.of("method.request.header.Authorization"),
        Duration.ZERO,
        null,
        false,
        issuer,
        List.of(clientIds),
        Objects.requireNonNull(jwks, "jwks"), null);
  }

  private static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An authorizer's name must not be blank");
    }
    return name;
  }

  /**
   * A copy with other identity sources.
   *
   * @param sources the identity sources in the syntax of the API type ({@code
   *     method.request.header.X} for REST APIs, {@code $request.header.X} for HTTP APIs)
   * @return the copy, never null
   */
  public Authorizer identitySources(String... sources) {
    return new Authorizer(
        kind, name, function, List.of(sources), ttl, validationRegex, simpleResponses, issuer,
        audiences, jwks, payloadFormatVersion);
  }

  /**
   * A copy with another result cache TTL; zero disables caching. API Gateway allows 0 to 3600 s.
   *
   * @param resultTtl the TTL
   * @return the copy, never null
   * @throws IllegalArgumentException when outside 0 to 3600 s
   */
  public Authorizer resultTtl(Duration resultTtl) {
    if (resultTtl.isNegative() || resultTtl.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "Authorizer '" + name + "': the result TTL must be between 0 and 3600 seconds, got "
              + resultTtl.getSeconds());
    }
    return new Authorizer(
        kind, name, function, identitySources, resultTtl, validationRegex, simpleResponses, issuer,
        audiences, jwks, payloadFormatVersion);
  }

  /**
   * A copy with a token validation regular expression (TOKEN authorizers): a token that does not
   * match is refused with 401 without calling the function.
   *
   * @param regex the expression
   * @return the copy, never null
   */
  public Authorizer validationRegex(String regex) {
    return new Authorizer(
        kind, name, function, identitySources, ttl, regex, simpleResponses, issuer, audiences,
        jwks, payloadFormatVersion);
  }

  /**
   * A copy of an HTTP API Lambda authorizer that returns IAM policies instead of simple responses.
   *
   * @return the copy, never null
   */
  public Authorizer iamPolicyResponses() {
    return new Authorizer(
        kind, name, function, identitySources, ttl, validationRegex, false, issuer, audiences,
        jwks, payloadFormatVersion);
  }

  /**
   * A copy of an HTTP API Lambda authorizer with another payload format version, as "Control access
   * to HTTP APIs with AWS Lambda authorizers" describes them: {@code 2.0} (the default) or {@code
   * 1.0}. Version 1.0 sends the REST-compatible event and accepts IAM policy responses only, so the
   * copy returns IAM policies (as {@link #iamPolicyResponses()}).
   *
   * @param version {@code 1.0} or {@code 2.0}
   * @return the copy, never null
   * @throws IllegalArgumentException when this is not an HTTP API Lambda authorizer, or the version
   *     is neither
   */
  public Authorizer payloadFormatVersion(String version) {
    Objects.requireNonNull(version, "version");
    if (kind != Kind.HTTP_LAMBDA) {
      throw new IllegalArgumentException(
          "Authorizer '" + name + "': only HTTP API Lambda authorizers (Authorizer.httpLambda) have"
              + " a payload format version; this one is " + kind);
    }
    if (!version.equals("1.0") && !version.equals("2.0")) {
      throw new IllegalArgumentException(
          "Authorizer '" + name + "': the payload format version must be 1.0 or 2.0, got '"
              + version + "'");
    }
    return new Authorizer(
        kind, name, function, identitySources, ttl, validationRegex,
        simpleResponses && version.equals("2.0"), issuer, audiences, jwks, version);
  }

  /**
   * The payload format version of an HTTP API Lambda authorizer.
   *
   * @return {@code 1.0} or {@code 2.0}; null for the other kinds
   */
  public String payloadFormatVersion() {
    return payloadFormatVersion;
  }

  /** @return the kind, never null */
  public Kind kind() {
    return kind;
  }

  /** @return the name, never null */
  public String name() {
    return name;
  }

  /** @return the authorizer function's name, null for JWT and Cognito authorizers */
  public String function() {
    return function;
  }

  /** @return the identity sources, never null */
  public List<String> identitySources() {
    return identitySources;
  }

  /** @return the result cache TTL, never null; zero when not cached */
  public Duration resultTtl() {
    return ttl;
  }

  /** @return the token validation expression, or null */
  public String validationRegex() {
    return validationRegex;
  }

  /** @return whether an HTTP API Lambda authorizer returns simple responses */
  public boolean simpleResponses() {
    return simpleResponses;
  }

  /** @return the required issuer of JWT and Cognito authorizers, or null */
  public String issuer() {
    return issuer;
  }

  /** @return the accepted audiences (client ids), never null */
  public List<String> audiences() {
    return audiences;
  }

  /** @return the JSON Web Key Set, or null */
  public String jwks() {
    return jwks;
  }

  @Override
  public String toString() {
    return "Authorizer[" + name + ", " + kind + "]";
  }
}
