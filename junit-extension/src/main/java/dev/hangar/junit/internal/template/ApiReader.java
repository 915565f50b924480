package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code AWS::Serverless::Api} and {@code AWS::Serverless::HttpApi}. */
final class ApiReader {
  private static final Set<String> REST_MODELLED =
      Set.of(
          "StageName", "Name", "Auth", "Cors", "BinaryMediaTypes", "Variables", "MethodSettings",
          "CacheClusterEnabled", "CacheClusterSize", "ApiKeySourceType", "AccessLogSetting",
          "GatewayResponses");
  private static final Set<String> REST_WITHOUT_LOCAL_EFFECT =
      Set.of(
          "Description", "TracingEnabled", "EndpointConfiguration", "OpenApiVersion", "Tags",
          "PropagateTags");
  private static final Set<String> CACHE_CLUSTER_SIZES =
      Set.of("0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237");
  private static final Set<String> HTTP_MODELLED =
      Set.of(
          "StageName", "Name", "Auth", "CorsConfiguration", "StageVariables", "AccessLogSettings");
  private static final Set<String> HTTP_WITHOUT_LOCAL_EFFECT =
      Set.of(
          "Description", "Tags", "FailOnWarnings", "DefaultRouteSettings", "RouteSettings",
          "PropagateTags");

  private final StackReader stack;

  ApiReader(StackReader stack) {
    this.stack = stack;
  }

  RestApiSpec restApi(String id, Props props, boolean implicit) {
    props.allowOnly(REST_MODELLED, REST_WITHOUT_LOCAL_EFFECT);
    String keySource = props.string("ApiKeySourceType", "HEADER");
    if (!keySource.equals("HEADER") && !keySource.equals("AUTHORIZER")) {
      throw new TemplateException(
          props.at("ApiKeySourceType"),
          props.owner() + " has ApiKeySourceType " + keySource + "; it is HEADER or AUTHORIZER");
    }
    String clusterSize = props.string("CacheClusterSize", null);
    if (clusterSize != null && !CACHE_CLUSTER_SIZES.contains(clusterSize)) {
      throw new TemplateException(
          props.at("CacheClusterSize"),
          props.owner() + " has CacheClusterSize " + clusterSize + "; API Gateway offers "
              + String.join(", ", new java.util.TreeSet<>(CACHE_CLUSTER_SIZES)) + " (GB)");
    }
    CorsSpec cors = restCors(props);
    AuthSpec auth = restAuth(props.child("Auth"), cors != null);
    return new RestApiSpec(
        id,
        stack.scope().physicalId(id, props.where()),
        props.string("StageName"),
        implicit,
        cors,
        auth,
        binaryMediaTypes(props),
        props.stringMap("Variables"),
        stageThrottle(props),
        keySource,
        props.bool("CacheClusterEnabled", false),
        methodSettings(props),
        accessLogFormat(props.child("AccessLogSetting")),
        GatewayResponsesReader.read(props));
  }

  /**
   * The caching and per-method throttling of {@code MethodSettings} ("AWS::ApiGateway::Stage
   * MethodSetting"): {@code ResourcePath} is {@code /*} for the whole stage or a path with its
   * slashes written {@code ~1} ({@code /~1orders~1{id}}); {@code HttpMethod} is {@code *} only with
   * {@code /*}.
   */
  private static List<RestApiSpec.MethodSetting> methodSettings(Props props) {
    List<RestApiSpec.MethodSetting> settings = new ArrayList<>();
    for (Props setting : props.children("MethodSettings")) {
      String path = setting.string("ResourcePath", "/*");
      String method = setting.string("HttpMethod", "*").toUpperCase(java.util.Locale.ROOT);
      Integer ttl = setting.integer("CacheTtlInSeconds");
      if (ttl != null && (ttl < 0 || ttl > 3600)) {
        throw new TemplateException(
            setting.at("CacheTtlInSeconds"),
            setting.owner() + " has CacheTtlInSeconds " + ttl + "; API Gateway takes 0 to 3600");
      }
      String decoded = path.equals("/*") ? path : resourcePath(setting, path);
      if (path.equals("/*") != method.equals("*")) {
        throw new TemplateException(
            setting.where(),
            setting.owner() + " has ResourcePath " + path + " with HttpMethod " + method
                + "; Hangar takes ResourcePath /* with HttpMethod * (the whole stage), or one"
                + " resource path with one method");
      }
      settings.add(
          new RestApiSpec.MethodSetting(
              decoded,
              method,
              setting.has("CachingEnabled") ? setting.bool("CachingEnabled", false) : null,
              ttl,
              setting.number("ThrottlingRateLimit"),
              setting.integer("ThrottlingBurstLimit"),
              setting.where().toString()));
    }
    return settings;
  }

  /** Decodes {@code /~1orders~1{id}} (JSON Pointer escapes) into {@code /orders/{id}}. */
  private static String resourcePath(Props setting, String path) {
    if (!path.startsWith("/") || (path.length() > 1 && path.indexOf('/', 1) >= 0) || path.contains("*")) {
      throw new TemplateException(
          setting.at("ResourcePath"),
          setting.owner() + " has ResourcePath " + path + "; write /* for the whole stage, or one"
              + " resource with its slashes escaped as ~1 after the leading slash (/~1orders~1{id}"
              + " for /orders/{id})");
    }
    String decoded = path.substring(1).replace("~1", "/").replace("~0", "~");
    return decoded.isEmpty() ? "/" : decoded;
  }

  /**
   * The stage-wide throttling of {@code MethodSettings}. Per-method throttling and method caching
   * are refused by name rather than ignored; logging and metrics settings have no local effect.
   */
  private static RestApiSpec.Throttle stageThrottle(Props props) {
    RestApiSpec.Throttle throttle = null;
    for (Props setting : props.children("MethodSettings")) {
      setting.allowOnly(
          Set.of(
              "ResourcePath", "HttpMethod", "ThrottlingRateLimit", "ThrottlingBurstLimit",
              "CachingEnabled", "CacheTtlInSeconds"),
          Set.of("LoggingLevel", "MetricsEnabled", "DataTraceEnabled", "CacheDataEncrypted"));
      Double rate = setting.number("ThrottlingRateLimit");
      Integer burst = setting.integer("ThrottlingBurstLimit");
      if ((rate == null && burst == null) || !setting.string("ResourcePath", "/*").equals("/*")) {
        continue;
      }
      // API Gateway's account defaults stand in for whichever of the two is not set.
      throttle =
          new RestApiSpec.Throttle(rate == null ? 10_000 : rate, burst == null ? 5_000 : burst);
    }
    return throttle;
  }

  HttpApiSpec httpApi(String id, Props props, boolean implicit) {
    props.allowOnly(HTTP_MODELLED, HTTP_WITHOUT_LOCAL_EFFECT);
    InertSettings.refuseThrottling(props.child("DefaultRouteSettings"), "HTTP API routes");
    InertSettings.refuseRouteThrottling(props, "RouteSettings", "HTTP API routes");
    return new HttpApiSpec(
        id,
        stack.scope().physicalId(id, props.where()),
        props.string("StageName", "$default"),
        implicit,
        httpCors(props),
        httpAuth(props.child("Auth")),
        props.stringMap("StageVariables"),
        accessLogFormat(props.child("AccessLogSettings")));
  }

  /**
   * The access-log format of a stage ({@code Format}, with {@code $context} variables); the lines
   * are kept in memory (readable with {@code FakeGateway.accessLog}), so the CloudWatch log group
   * of {@code DestinationArn} changes nothing. Without a format, API Gateway writes no line.
   */
  private static String accessLogFormat(Props settings) {
    settings.allowOnly(Set.of("Format"), Set.of("DestinationArn"));
    return settings.string("Format", null);
  }

  /**
   * SAM decodes {@code ~1} to {@code /} in binary media types, since OpenAPI's
   * {@code x-amazon-apigateway-binary-media-types} is written that way ({@code image~1png}).
   */
  private static List<String> binaryMediaTypes(Props props) {
    List<String> types = new ArrayList<>();
    for (String type : props.strings("BinaryMediaTypes")) {
      types.add(type.replace("~1", "/"));
    }
    return types;
  }

  /** REST CORS values are quoted header values, as SAM writes them: {@code "'GET,POST'"}. */
  private static CorsSpec restCors(Props props) {
    if (!props.has("Cors")) {
      return null;
    }
    if (!(props.raw("Cors") instanceof Map)) {
      return new CorsSpec(split(props.string("Cors")), List.of(), List.of(), List.of(), null, false);
    }
    Props cors = props.child("Cors");
    cors.allowOnly(
        Set.of("AllowOrigin", "AllowMethods", "AllowHeaders", "MaxAge", "AllowCredentials"),
        Set.of());
    String maxAge = cors.string("MaxAge", null);
    return new CorsSpec(
        split(cors.string("AllowOrigin")),
        split(cors.string("AllowMethods", "")),
        split(cors.string("AllowHeaders", "")),
        List.of(),
        maxAge == null ? null : Integer.valueOf(unquote(maxAge)),
        cors.bool("AllowCredentials", false));
  }

  private static CorsSpec httpCors(Props props) {
    if (!props.has("CorsConfiguration")) {
      return null;
    }
    if (!(props.raw("CorsConfiguration") instanceof Map)) {
      return props.bool("CorsConfiguration", false)
          ? new CorsSpec(List.of("*"), List.of("*"), List.of("*"), List.of(), null, false)
          : null;
    }
    Props cors = props.child("CorsConfiguration");
    cors.allowOnly(
        Set.of(
            "AllowOrigins", "AllowMethods", "AllowHeaders", "ExposeHeaders", "MaxAge",
            "AllowCredentials"),
        Set.of());
    return new CorsSpec(
        cors.strings("AllowOrigins"),
        cors.strings("AllowMethods"),
        cors.strings("AllowHeaders"),
        cors.strings("ExposeHeaders"),
        cors.integer("MaxAge"),
        cors.bool("AllowCredentials", false));
  }

  private AuthSpec restAuth(Props auth, boolean cors) {
    // UsagePlan became resources before the template was read (SamUsagePlans).
    auth.allowOnly(
        Set.of(
            "DefaultAuthorizer", "Authorizers", "ApiKeyRequired", "UsagePlan",
            "AddApiKeyRequiredToCorsPreflight", "AddDefaultAuthorizerToCorsPreflight"),
        Set.of());
    if (cors
        && auth.has("DefaultAuthorizer")
        && auth.bool("AddDefaultAuthorizerToCorsPreflight", true)) {
      throw new TemplateException(
          auth.at("DefaultAuthorizer"),
          auth.owner() + " has a DefaultAuthorizer and Cors, so SAM also puts the authorizer on"
              + " the CORS preflight (AddDefaultAuthorizerToCorsPreflight defaults to true), which"
              + " Hangar does not support yet; set AddDefaultAuthorizerToCorsPreflight: false"
              + " (browsers send no credentials on a preflight)");
    }
    if (cors
        && auth.bool("ApiKeyRequired", false)
        && auth.bool("AddApiKeyRequiredToCorsPreflight", true)) {
      throw new TemplateException(
          auth.at("ApiKeyRequired"),
          auth.owner() + " requires an API key on every method and has Cors, so SAM also requires"
              + " the key on the CORS preflight (AddApiKeyRequiredToCorsPreflight defaults to"
              + " true), which Hangar does not support yet; set AddApiKeyRequiredToCorsPreflight:"
              + " false (browsers send no API key on a preflight)");
    }
    Map<String, AuthSpec.Authorizer> authorizers = new LinkedHashMap<>();
    for (Map.Entry<String, Props> entry : auth.child("Authorizers").entries().entrySet()) {
      Props a = entry.getValue();
      a.allowOnly(Set.of("FunctionArn", "FunctionPayloadType", "Identity"), Set.of());
      String type = a.string("FunctionPayloadType", "TOKEN");
      Props identity = a.child("Identity");
      identity.allowOnly(
          Set.of(
              "Header",
              "Headers",
              "QueryStrings",
              "StageVariables",
              "ReauthorizeEvery",
              "ValidationExpression"),
          Set.of("Context"));
      List<String> sources = new ArrayList<>();
      if (type.equals("TOKEN")) {
        sources.add("method.request.header." + identity.string("Header", "Authorization"));
      } else {
        identity.strings("Headers").forEach(h -> sources.add("method.request.header." + h));
        identity.strings("QueryStrings").forEach(q -> sources.add("method.request.querystring." + q));
        identity.strings("StageVariables").forEach(v -> sources.add("stageVariables." + v));
      }
      authorizers.put(
          entry.getKey(),
          new AuthSpec.Authorizer(
              entry.getKey(),
              type,
              function(a),
              sources,
              null,
              List.of(),
              identity.integer("ReauthorizeEvery"),
              false,
              null,
              type.equals("TOKEN") ? identity.string("ValidationExpression", null) : null));
    }
    return new AuthSpec(
        auth.string("DefaultAuthorizer", null), authorizers, auth.bool("ApiKeyRequired", false));
  }

  private AuthSpec httpAuth(Props auth) {
    auth.allowOnly(Set.of("DefaultAuthorizer", "Authorizers"), Set.of("EnableIamAuthorizer"));
    Map<String, AuthSpec.Authorizer> authorizers = new LinkedHashMap<>();
    for (Map.Entry<String, Props> entry : auth.child("Authorizers").entries().entrySet()) {
      Props a = entry.getValue();
      a.allowOnly(
          Set.of(
              "JwtConfiguration", "IdentitySource", "FunctionArn",
              "AuthorizerPayloadFormatVersion", "EnableSimpleResponses", "Identity"),
          Set.of("FunctionInvokeRole", "EnableFunctionDefaultPermissions"));
      if (a.has("JwtConfiguration")) {
        Props jwt = a.child("JwtConfiguration");
        jwt.allowOnly(Set.of("issuer", "audience"), Set.of());
        authorizers.put(
            entry.getKey(),
            new AuthSpec.Authorizer(
                entry.getKey(), "JWT", null,
                List.of(a.string("IdentitySource", "$request.header.Authorization")),
                jwt.string("issuer"), jwt.strings("audience"), null, false, null));
      } else {
        Props identity = a.child("Identity");
        identity.allowOnly(
            Set.of("Headers", "QueryStrings", "StageVariables", "ReauthorizeEvery"),
            Set.of("Context"));
        List<String> sources = new ArrayList<>();
        identity.strings("Headers").forEach(h -> sources.add("$request.header." + h));
        identity.strings("QueryStrings").forEach(q -> sources.add("$request.querystring." + q));
        identity.strings("StageVariables").forEach(v -> sources.add("$stageVariables." + v));
        String version = payloadFormatVersion(a);
        boolean simple = a.bool("EnableSimpleResponses", false);
        if (simple && version.equals("1.0")) {
          throw new TemplateException(
              a.at("EnableSimpleResponses"),
              a.owner()
                  + " has EnableSimpleResponses: true with AuthorizerPayloadFormatVersion 1.0;"
                  + " API Gateway takes simple responses from 2.0 authorizers only: set the version"
                  + " to 2.0 or remove EnableSimpleResponses");
        }
        authorizers.put(
            entry.getKey(),
            new AuthSpec.Authorizer(
                entry.getKey(), "REQUEST", function(a), sources, null, List.of(),
                identity.integer("ReauthorizeEvery"), simple, version));
      }
    }
    return new AuthSpec(auth.string("DefaultAuthorizer", null), authorizers, false);
  }

  private static String payloadFormatVersion(Props authorizer) {
    String version = authorizer.string("AuthorizerPayloadFormatVersion");
    if (!version.equals("1.0") && !version.equals("2.0")) {
      throw new TemplateException(
          authorizer.at("AuthorizerPayloadFormatVersion"),
          authorizer.owner()
              + " has AuthorizerPayloadFormatVersion "
              + version
              + "; an HTTP API Lambda authorizer takes 1.0 or 2.0 (write it quoted, '1.0')");
    }
    return version;
  }

  private String function(Props authorizer) {
    return stack.logicalIdFor(
        authorizer.string("FunctionArn"), "Arn", authorizer.at("FunctionArn"), "the Arn",
        TemplateLoader.FUNCTION);
  }

  private static List<String> split(String quoted) {
    List<String> out = new ArrayList<>();
    for (String part : unquote(quoted).split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static String unquote(String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }
}
