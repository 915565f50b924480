package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code AWS::Serverless::Api} and {@code AWS::Serverless::HttpApi}. */
final class ApiReader {
  private static final Set<String> REST_MODELLED =
      Set.of("StageName", "Name", "Auth", "Cors", "BinaryMediaTypes", "Variables", "MethodSettings");
  private static final Set<String> REST_WITHOUT_LOCAL_EFFECT =
      Set.of(
          "Description", "TracingEnabled", "EndpointConfiguration", "OpenApiVersion", "Tags",
          "AccessLogSetting", "CacheClusterEnabled", "CacheClusterSize",
          "PropagateTags");
  private static final Set<String> HTTP_MODELLED =
      Set.of("StageName", "Name", "Auth", "CorsConfiguration", "StageVariables");
  private static final Set<String> HTTP_WITHOUT_LOCAL_EFFECT =
      Set.of(
          "Description", "Tags", "FailOnWarnings", "AccessLogSettings", "DefaultRouteSettings",
          "RouteSettings", "PropagateTags");

  private final StackReader stack;

  ApiReader(StackReader stack) {
    this.stack = stack;
  }

  RestApiSpec restApi(String id, Props props, boolean implicit) {
    props.allowOnly(REST_MODELLED, REST_WITHOUT_LOCAL_EFFECT);
    return new RestApiSpec(
        id,
        stack.scope().physicalId(id, props.where()),
        props.string("StageName"),
        implicit,
        restCors(props),
        restAuth(props.child("Auth")),
        props.strings("BinaryMediaTypes"),
        props.stringMap("Variables"),
        stageThrottle(props));
  }

  /**
   * The stage-wide throttling of {@code MethodSettings}. Per-method throttling and method caching
   * are refused by name rather than ignored; logging and metrics settings have no local effect.
   */
  private static RestApiSpec.Throttle stageThrottle(Props props) {
    RestApiSpec.Throttle throttle = null;
    for (Props setting : props.children("MethodSettings")) {
      setting.allowOnly(
          Set.of("ResourcePath", "HttpMethod", "ThrottlingRateLimit", "ThrottlingBurstLimit"),
          Set.of("LoggingLevel", "MetricsEnabled", "DataTraceEnabled"));
      Double rate = setting.number("ThrottlingRateLimit");
      Integer burst = setting.integer("ThrottlingBurstLimit");
      if (rate == null && burst == null) {
        continue;
      }
      String path = setting.string("ResourcePath", "/*");
      String method = setting.string("HttpMethod", "*");
      if (!path.equals("/*") || !method.equals("*")) {
        throw new TemplateException(
            setting.where(),
            "MethodSettings throttling for "
                + method
                + " "
                + path
                + " is not supported yet; Hangar applies throttling set for ResourcePath /* and"
                + " HttpMethod * (the whole stage)");
      }
      // API Gateway's account defaults stand in for whichever of the two is not set.
      throttle =
          new RestApiSpec.Throttle(rate == null ? 10_000 : rate, burst == null ? 5_000 : burst);
    }
    return throttle;
  }

  HttpApiSpec httpApi(String id, Props props, boolean implicit) {
    props.allowOnly(HTTP_MODELLED, HTTP_WITHOUT_LOCAL_EFFECT);
    return new HttpApiSpec(
        id,
        stack.scope().physicalId(id, props.where()),
        props.string("StageName", "$default"),
        implicit,
        httpCors(props),
        httpAuth(props.child("Auth")),
        props.stringMap("StageVariables"));
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

  private AuthSpec restAuth(Props auth) {
    auth.allowOnly(
        Set.of("DefaultAuthorizer", "Authorizers", "ApiKeyRequired"),
        Set.of("AddDefaultAuthorizerToCorsPreflight"));
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
        authorizers.put(
            entry.getKey(),
            new AuthSpec.Authorizer(
                entry.getKey(), "REQUEST", function(a), sources, null, List.of(),
                identity.integer("ReauthorizeEvery"), a.bool("EnableSimpleResponses", false),
                a.string("AuthorizerPayloadFormatVersion")));
      }
    }
    return new AuthSpec(auth.string("DefaultAuthorizer", null), authorizers, false);
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
