package dev.hangar.gateway.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OpenAPI (3.x or Swagger 2.0) document with API Gateway's extensions ("Working with API
 * Gateway extensions to OpenAPI") into an API builder: {@code aws_proxy} integrations become
 * routes, {@code x-amazon-apigateway-any-method} becomes {@code ANY}, {@code
 * x-amazon-apigateway-binary-media-types} binary media types, Lambda authorizers in {@code
 * securitySchemes} authorizers, and security requirements authorizers, scopes and API keys.
 * Anything Hangar cannot run fails with the feature and the route named.
 */
public final class OpenApiImporter {
  private static final List<String> METHODS =
      List.of("get", "post", "put", "patch", "delete", "head", "options", "x-amazon-apigateway-any-method");
  private static final Pattern FUNCTION_NAME = Pattern.compile(":function:([A-Za-z0-9_-]+)");
  private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.Arn\\}");

  private final ApiDefinition.Builder builder;
  private final boolean rest;
  private JsonNode schemes;

  private OpenApiImporter(ApiDefinition.Builder builder, boolean rest) {
    this.builder = builder;
    this.rest = rest;
  }

  /**
   * Imports a JSON or YAML document into a builder.
   *
   * @param builder the API being built
   * @param rest whether the API is a REST API
   * @param document the OpenAPI document, JSON or YAML
   * @param source what the document is called in messages, such as {@code OpenAPI file
   *     api/openapi.yaml}
   * @throws IllegalArgumentException when the document is not OpenAPI (naming the source and the
   *     line of a syntax error) or uses what Hangar cannot run
   */
  public static void importInto(
      ApiDefinition.Builder builder, boolean rest, String document, String source) {
    JsonNode root = OpenApiDocuments.parse(document, source);
    if (!root.path("paths").isObject()) {
      throw new IllegalArgumentException(
          "The " + source + " has no \"paths\" object; is it an OpenAPI document?");
    }
    new OpenApiImporter(builder, rest).read(root);
  }

  private void read(JsonNode root) {
    schemes =
        root.path("components").path("securitySchemes").isObject()
            ? root.path("components").path("securitySchemes")
            : root.path("securityDefinitions");
    schemes.properties().forEach(e -> readScheme(e.getKey(), e.getValue()));
    root.path("x-amazon-apigateway-binary-media-types").forEach(t -> builder.binaryMediaTypes(t.asText()));
    JsonNode defaultSecurity = root.path("security");
    root.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(op -> readOperation(path.getKey(), op.getKey(), op.getValue(), defaultSecurity)));
  }

  private void readScheme(String name, JsonNode scheme) {
    JsonNode authorizer = scheme.get("x-amazon-apigateway-authorizer");
    if (authorizer == null) {
      return;
    }
    String type = authorizer.path("type").asText("").toLowerCase(Locale.ROOT);
    switch (type) {
      case "token" -> builder.authorizer(
          withTtl(
              Authorizer.lambdaToken(name, function(authorizer.path("authorizerUri").asText(), name))
                  .identitySources(header(authorizer, "method.request.header.Authorization")),
              authorizer));
      case "request" -> builder.authorizer(requestAuthorizer(name, authorizer));
      case "jwt", "cognito_user_pools" -> {
        // Needs the issuer's JWKS, which only the test has: it declares the authorizer itself
        // (Authorizer.jwt or Authorizer.cognito) under this name.
      }
      default -> throw new IllegalArgumentException(
          "OpenAPI security scheme '" + name + "': authorizer type '" + type
              + "' is not supported by Hangar");
    }
  }

  private Authorizer requestAuthorizer(String name, JsonNode authorizer) {
    String function = function(authorizer.path("authorizerUri").asText(), name);
    String[] sources = sources(authorizer);
    if (rest) {
      return withTtl(Authorizer.lambdaRequest(name, function, sources), authorizer);
    }
    Authorizer http = Authorizer.httpLambda(name, function);
    if (sources.length > 0) {
      http = http.identitySources(sources);
    }
    boolean simple = authorizer.path("enableSimpleResponses").asBoolean(false);
    String version = authorizer.path("authorizerPayloadFormatVersion").asText("2.0");
    if (simple && version.equals("1.0")) {
      throw new IllegalArgumentException(
          "OpenAPI security scheme '" + name + "': enableSimpleResponses needs"
              + " authorizerPayloadFormatVersion 2.0 (payload format 1.0 authorizers return IAM"
              + " policies)");
    }
    if (!simple) {
      http = http.iamPolicyResponses();
    }
    return withTtl(http.payloadFormatVersion(version), authorizer);
  }

  private static String[] sources(JsonNode authorizer) {
    JsonNode source = authorizer.get("identitySource");
    List<String> sources = new ArrayList<>();
    if (source != null && source.isArray()) {
      source.forEach(s -> sources.add(s.asText().trim()));
    } else if (source != null) {
      for (String s : source.asText().split(",")) {
        if (!s.isBlank()) {
          sources.add(s.trim());
        }
      }
    }
    return sources.toArray(new String[0]);
  }

  private static String header(JsonNode authorizer, String fallback) {
    String[] sources = sources(authorizer);
    return sources.length > 0 ? sources[0] : fallback;
  }

  private static Authorizer withTtl(Authorizer authorizer, JsonNode spec) {
    JsonNode ttl = spec.get("authorizerResultTtlInSeconds");
    return ttl == null ? authorizer : authorizer.resultTtl(Duration.ofSeconds(ttl.asLong()));
  }

  private void readOperation(String path, String method, JsonNode operation, JsonNode defaultSecurity) {
    if (!METHODS.contains(method)) {
      return;
    }
    String verb = method.startsWith("x-") ? "ANY" : method.toUpperCase(Locale.ROOT);
    String routeKey = path.equals("$default") ? "$default" : verb + " " + path;
    JsonNode integration = operation.get("x-amazon-apigateway-integration");
    if (integration == null) {
      throw new IllegalArgumentException(
          "OpenAPI route " + routeKey + " has no x-amazon-apigateway-integration");
    }
    String type = integration.path("type").asText("").toLowerCase(Locale.ROOT);
    if (!type.equals("aws_proxy")) {
      throw new IllegalArgumentException(
          "OpenAPI route " + routeKey + ": integration type '" + type
              + "' is not supported by Hangar (only aws_proxy, the Lambda proxy integration)");
    }
    if (!rest && integration.has("payloadFormatVersion")) {
      builder.payloadFormatVersion(integration.get("payloadFormatVersion").asText());
    }
    Route route = Route.of(routeKey, function(integration.path("uri").asText(), routeKey));
    JsonNode security = operation.has("security") ? operation.get("security") : defaultSecurity;
    builder.route(secured(route, security));
  }

  private Route secured(Route route, JsonNode security) {
    Route secured = route;
    for (JsonNode requirement : security) {
      for (Map.Entry<String, JsonNode> entry : requirement.properties()) {
        JsonNode scheme = schemes.path(entry.getKey());
        if (scheme.path("type").asText().equals("apiKey") && !scheme.has("x-amazon-apigateway-authorizer")) {
          secured = secured.apiKeyRequired();
        } else {
          secured = secured.authorizer(entry.getKey());
          List<String> scopes = new ArrayList<>();
          entry.getValue().forEach(s -> scopes.add(s.asText()));
          if (!scopes.isEmpty()) {
            secured = secured.scopes(scopes.toArray(new String[0]));
          }
        }
      }
    }
    return secured;
  }

  /** The function of a Lambda invocation URI: its name in the ARN, or a CloudFormation {@code ${Logical.Arn}}. */
  private static String function(String uri, String owner) {
    Matcher name = FUNCTION_NAME.matcher(uri);
    if (name.find()) {
      return name.group(1);
    }
    Matcher reference = SUB_REFERENCE.matcher(uri);
    if (reference.find()) {
      return reference.group(1);
    }
    throw new IllegalArgumentException(
        "OpenAPI " + owner + ": cannot find a Lambda function in the URI '" + uri + "'");
  }
}
