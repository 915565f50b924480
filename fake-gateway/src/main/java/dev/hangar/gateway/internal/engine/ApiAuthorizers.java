package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.Route;
import dev.hangar.gateway.internal.auth.AuthOutcome;
import dev.hangar.gateway.internal.auth.Jwks;
import dev.hangar.gateway.internal.auth.JwtRejectedException;
import dev.hangar.gateway.internal.auth.JwtVerifier;
import dev.hangar.gateway.internal.auth.LambdaAuthorizerRunner;
import dev.hangar.gateway.internal.auth.VerifiedJwt;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.HarnessContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The authorizers of one API, ready to run: reads identity sources in the API type's syntax, builds
 * each authorizer kind's event, and shapes what the integration's event carries under {@code
 * requestContext.authorizer}.
 */
final class ApiAuthorizers {
  private final boolean rest;
  private final boolean payloadV2;
  private final ApiIdentity api;
  private final Map<String, Runtime> runtimes = new LinkedHashMap<>();

  ApiAuthorizers(
      Map<String, Authorizer> authorizers,
      boolean rest,
      boolean payloadV2,
      ApiIdentity api,
      HarnessContext context) {
    this.rest = rest;
    this.payloadV2 = payloadV2;
    this.api = api;
    for (Authorizer authorizer : authorizers.values()) {
      for (String source : authorizer.identitySources()) {
        checkSourceSyntax(authorizer, source);
      }
      runtimes.put(authorizer.name(), runtime(authorizer, context));
    }
  }

  private Runtime runtime(Authorizer authorizer, HarnessContext context) {
    return switch (authorizer.kind()) {
      case LAMBDA_TOKEN, LAMBDA_REQUEST, HTTP_LAMBDA -> new Runtime(
          authorizer,
          new LambdaAuthorizerRunner(
              authorizer.function(),
              authorizer.kind() == Authorizer.Kind.HTTP_LAMBDA && authorizer.simpleResponses(),
              authorizer.resultTtl(),
              context.functions(),
              context.clock()),
          null,
          authorizer.validationRegex() == null ? null : Pattern.compile(authorizer.validationRegex()));
      case JWT, COGNITO -> new Runtime(
          authorizer,
          null,
          new JwtVerifier(
              authorizer.issuer(),
              authorizer.audiences(),
              Jwks.parse(authorizer.jwks(), authorizer.name()),
              context.clock()),
          null);
    };
  }

  private void checkSourceSyntax(Authorizer authorizer, String source) {
    boolean ok =
        rest
            ? source.startsWith("method.request.header.")
                || source.startsWith("method.request.querystring.")
                || source.startsWith("stageVariables.")
                || source.startsWith("context.")
            : source.startsWith("$request.header.")
                || source.startsWith("$request.querystring.")
                || source.startsWith("$stageVariables.")
                || source.startsWith("$context.");
    if (!ok) {
      throw new IllegalArgumentException(
          "Authorizer '" + authorizer.name() + "': identity source '" + source
              + "' is not of the form "
              + (rest
                  ? "method.request.header.NAME, method.request.querystring.NAME or stageVariables.NAME"
                  : "$request.header.NAME, $request.querystring.NAME or $stageVariables.NAME"));
    }
  }

  /** Runs the route's authorizer; null outcome fields never happen. */
  AuthOutcome authorize(Exchange ex, Route route) {
    Runtime runtime = runtimes.get(route.authorizer());
    Authorizer authorizer = runtime.authorizer;
    List<String> identity = new ArrayList<>();
    for (String source : authorizer.identitySources()) {
      String value = readSource(ex, source);
      if (value == null || value.isEmpty()) {
        ex.note("authorizer " + authorizer.name() + ": identity source " + source + " is missing");
        return new AuthOutcome.Refused(
            AuthOutcome.Refusal.UNAUTHORIZED, Map.of(), "identity source " + source + " is missing");
      }
      identity.add(value);
    }
    return switch (authorizer.kind()) {
      case LAMBDA_TOKEN -> {
        if (runtime.validation != null && !runtime.validation.matcher(identity.get(0)).matches()) {
          yield new AuthOutcome.Refused(
              AuthOutcome.Refusal.UNAUTHORIZED, Map.of(), "the token fails the validation expression");
        }
        String arn = methodArn(ex);
        yield runtime.lambda.authorize(identity, arn, () -> tokenEvent(identity.get(0), arn));
      }
      case LAMBDA_REQUEST -> {
        String arn = methodArn(ex);
        yield runtime.lambda.authorize(identity, arn, () -> restRequestEvent(ex, arn));
      }
      case HTTP_LAMBDA -> {
        String arn = methodArn(ex);
        yield runtime.lambda.authorize(
            identity,
            arn,
            () ->
                "1.0".equals(authorizer.payloadFormatVersion())
                    ? httpV1RequestEvent(ex, arn, identity)
                    : httpRequestEvent(ex, arn, identity));
      }
      case JWT, COGNITO -> jwt(runtime, identity.get(0), route);
    };
  }

  private AuthOutcome jwt(Runtime runtime, String token, Route route) {
    VerifiedJwt jwt;
    try {
      jwt = runtime.jwt.verify(token);
    } catch (JwtRejectedException e) {
      Map<String, String> headers =
          rest
              ? Map.of()
              : Map.of(
                  "www-authenticate",
                  "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + e.getMessage()
                      + "\"");
      return new AuthOutcome.Refused(AuthOutcome.Refusal.UNAUTHORIZED, headers, e.getMessage());
    }
    if (!route.scopes().isEmpty() && jwt.scopes().stream().noneMatch(route.scopes()::contains)) {
      String expected = String.join(" ", route.scopes());
      return rest
          ? new AuthOutcome.Refused(
              AuthOutcome.Refusal.UNAUTHORIZED, Map.of(), "the token lacks the scopes " + expected)
          : new AuthOutcome.Refused(
              AuthOutcome.Refusal.FORBIDDEN,
              Map.of(
                  "www-authenticate",
                  "Bearer scope=\"" + expected
                      + "\" error=\"insufficient_scope\" error_description=\"expected scopes: ["
                      + expected + "]\""),
              "the token lacks the scopes " + expected);
    }
    return new AuthOutcome.Allowed(
        jwt.claims().path("sub").asText(null), jwtContext(jwt), null, false);
  }

  private ObjectNode jwtContext(VerifiedJwt jwt) {
    ObjectNode claims = Json.object();
    Iterator<Map.Entry<String, JsonNode>> fields = jwt.claims().properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      claims.put(field.getKey(), claimText(field.getValue()));
    }
    ObjectNode inner = Json.object();
    inner.set("claims", claims);
    if (!rest) {
      if (jwt.scopes().isEmpty()) {
        inner.putNull("scopes");
      } else {
        ArrayNode scopes = inner.putArray("scopes");
        jwt.scopes().forEach(scopes::add);
      }
    }
    if (rest || !payloadV2) {
      return inner;
    }
    ObjectNode outer = Json.object();
    outer.set("jwt", inner);
    return outer;
  }

  /** HTTP APIs pass claims as strings; arrays become {@code [a b]}, as API Gateway writes them. */
  private static String claimText(JsonNode value) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(v.isValueNode() ? v.asText() : Json.text(v)));
      return "[" + String.join(" ", parts) + "]";
    }
    return value.isValueNode() ? value.asText() : Json.text(value);
  }

  /** What the integration event carries for a Lambda authorizer's allowed request. */
  ObjectNode lambdaContext(AuthOutcome.Allowed allowed) {
    if (!rest && payloadV2) {
      ObjectNode outer = Json.object();
      outer.set("lambda", allowed.context());
      return outer;
    }
    ObjectNode context = Json.object();
    if (allowed.principalId() != null) {
      context.put("principalId", allowed.principalId());
    }
    context.put("integrationLatency", 0);
    // REST APIs stringify context values ("123", "true"); null stays null.
    allowed
        .context()
        .properties()
        .forEach(
            field -> {
              JsonNode value = field.getValue();
              if (value.isNull()) {
                context.putNull(field.getKey());
              } else {
                context.put(field.getKey(), value.asText());
              }
            });
    return context;
  }

  boolean isLambda(Route route) {
    Authorizer.Kind kind = runtimes.get(route.authorizer()).authorizer.kind();
    return kind != Authorizer.Kind.JWT && kind != Authorizer.Kind.COGNITO;
  }

  String methodArn(Exchange ex) {
    return api.arnPrefix() + "/" + ex.stage + "/" + ex.inbound.method() + ex.path;
  }

  private String readSource(Exchange ex, String source) {
    String s = rest ? source : source.substring(1);
    if (s.startsWith("method.request.header.") || s.startsWith("request.header.")) {
      String name = s.substring(s.indexOf("header.") + 7);
      List<String> values = ex.inbound.headers().all(name);
      return values.isEmpty() ? null : (rest ? values.get(values.size() - 1) : String.join(",", values));
    }
    if (s.startsWith("method.request.querystring.") || s.startsWith("request.querystring.")) {
      String name = s.substring(s.indexOf("querystring.") + 12);
      List<String> values = QueryString.parse(ex.inbound.rawQuery()).get(name);
      return values == null ? null : (rest ? values.get(values.size() - 1) : String.join(",", values));
    }
    if (s.startsWith("stageVariables.")) {
      return ex.stageVariables.get(s.substring("stageVariables.".length()));
    }
    if (s.startsWith("context.")) {
      return switch (s.substring("context.".length())) {
        case "identity.sourceIp" -> ex.inbound.sourceIp();
        case "httpMethod" -> ex.inbound.method();
        case "stage" -> ex.stage;
        default -> throw new IllegalArgumentException(
            "Identity source '" + source + "' is not supported by Hangar; use identity.sourceIp,"
                + " httpMethod or stage");
      };
    }
    return null;
  }

  private static JsonNode tokenEvent(String token, String arn) {
    ObjectNode event = Json.object();
    event.put("type", "TOKEN");
    event.put("methodArn", arn);
    event.put("authorizationToken", token);
    return event;
  }

  private JsonNode restRequestEvent(Exchange ex, String arn) {
    ObjectNode event = Json.object();
    event.put("type", "REQUEST");
    event.put("methodArn", arn);
    event.put("resource", ex.routeKey.path());
    event.put("path", ex.path);
    event.put("httpMethod", ex.inbound.method());
    RestEvent.putHeaders(event, ex);
    RestEvent.putQuery(event, ex);
    RestEvent.putMap(event, "pathParameters", ex.pathParameters);
    RestEvent.putMap(event, "stageVariables", ex.stageVariables);
    event.set("requestContext", RestEvent.requestContext(ex, api, ex.routeKey.path()));
    return event;
  }

  private JsonNode httpRequestEvent(Exchange ex, String arn, List<String> identity) {
    ObjectNode event = HttpEvent.build(ex, api, null, false);
    ObjectNode ordered = Json.object();
    ordered.put("version", "2.0");
    ordered.put("type", "REQUEST");
    ordered.put("routeArn", arn);
    ArrayNode sources = ordered.putArray("identitySource");
    identity.forEach(sources::add);
    event.remove("version");
    event.remove("isBase64Encoded");
    ordered.setAll(event);
    return ordered;
  }

  /**
   * The 1.0 event of an HTTP API Lambda authorizer, as the 1.0 sample of "Control access to HTTP
   * APIs with AWS Lambda authorizers" shows it: REST's REQUEST event with the identity sources
   * comma-joined in both {@code identitySource} and {@code authorizationToken}, without {@code
   * multiValue*} maps and body; its {@code requestContext} is the 1.0 integration event's.
   */
  private JsonNode httpV1RequestEvent(Exchange ex, String arn, List<String> identity) {
    String resource = ex.routeKey.isDefault() ? "$default" : ex.routeKey.path();
    String joined = String.join(",", identity);
    ObjectNode event = Json.object();
    event.put("version", "1.0");
    event.put("type", "REQUEST");
    event.put("methodArn", arn);
    event.put("identitySource", joined);
    event.put("authorizationToken", joined);
    HttpV1Event.putRequest(event, ex, resource, false);
    // The sample has an empty object here where the integration's event has null.
    ObjectNode pathParameters = event.putObject("pathParameters");
    ex.pathParameters.forEach(pathParameters::put);
    RestEvent.putMap(event, "stageVariables", ex.stageVariables);
    ObjectNode context = HttpV1Event.requestContext(ex, api, resource);
    context.remove("authorizer");
    event.set("requestContext", context);
    return event;
  }

  private record Runtime(
      Authorizer authorizer, LambdaAuthorizerRunner lambda, JwtVerifier jwt, Pattern validation) {}
}
