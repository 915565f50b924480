package dev.hangar.junit.internal;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.Cors;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayResponseType;
import dev.hangar.gateway.Route;
import dev.hangar.gateway.StageCache;
import dev.hangar.gateway.UsagePlan;
import dev.hangar.junit.internal.template.ApiKeySpec;
import dev.hangar.junit.internal.template.UsagePlanSpec;
import dev.hangar.junit.internal.template.AuthSpec;
import dev.hangar.junit.internal.template.CorsSpec;
import dev.hangar.junit.internal.template.EventSpec;
import dev.hangar.junit.internal.template.FunctionSpec;
import dev.hangar.junit.internal.template.GatewayResponseSpec;
import dev.hangar.junit.internal.template.HttpApiSpec;
import dev.hangar.junit.internal.template.RestApiSpec;
import dev.hangar.junit.internal.template.Template;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns a template's REST and HTTP APIs, with the routes its functions' {@code Api} and {@code
 * HttpApi} events declare, into a FakeGateway, as SAM's transform and CloudFormation deploy them.
 */
final class GatewayWiring {
  private GatewayWiring() {}

  /** The gateway for the template's APIs, or null when it declares none. */
  static FakeGateway gateway(Template template, String origin, Map<String, String> jwks) {
    if (template.restApis().isEmpty() && template.httpApis().isEmpty()) {
      return null;
    }
    FakeGateway.Builder gateway = FakeGateway.builder();
    for (RestApiSpec api : template.restApis()) {
      gateway.api(rest(template, api, origin));
    }
    for (HttpApiSpec api : template.httpApis()) {
      gateway.api(http(template, api, origin, jwks));
    }
    return gateway.build();
  }

  private static ApiDefinition rest(Template template, RestApiSpec api, String origin) {
    ApiDefinition.Builder definition =
        ApiDefinition.rest(api.logicalId()).id(api.apiId()).stage(api.stageName(), api.stageVariables());
    if (!api.binaryMediaTypes().isEmpty()) {
      definition.binaryMediaTypes(api.binaryMediaTypes().toArray(String[]::new));
    }
    if (api.cors() != null) {
      definition.cors(cors(api.cors()));
    }
    for (AuthSpec.Authorizer authorizer : api.auth().authorizers().values()) {
      String function = functionName(template, authorizer.functionLogicalId());
      String[] sources = authorizer.identitySources().toArray(String[]::new);
      Authorizer built =
          authorizer.type().equals("TOKEN")
              ? Authorizer.lambdaToken(authorizer.name(), function).identitySources(sources)
              : Authorizer.lambdaRequest(authorizer.name(), function, sources);
      if (authorizer.validationExpression() != null) {
        built = built.validationRegex(authorizer.validationExpression());
      }
      definition.authorizer(ttl(built, authorizer));
    }
    if (api.throttle() != null) {
      definition.throttle(api.throttle().rate(), api.throttle().burst());
    }
    definition.apiKeySource(ApiDefinition.ApiKeySource.valueOf(api.apiKeySource()));
    for (UsagePlanSpec plan : template.usagePlans()) {
      if (api.logicalId().equals(plan.restApiLogicalId())) {
        definition.usagePlan(usagePlan(template, plan));
      }
    }
    MethodSettingsWiring settings = new MethodSettingsWiring(api, origin);
    for (FunctionSpec function : template.functions()) {
      for (EventSpec event : function.events()) {
        if (event instanceof EventSpec.Api route && route.restApiLogicalId().equals(api.logicalId())) {
          Route built = Route.of(route.method() + " " + route.path(), function.functionName());
          String authorizer =
              route.authorizer() != null ? route.authorizer() : api.auth().defaultAuthorizer();
          if (authorizer != null && !authorizer.equals("NONE")) {
            built = built.authorizer(authorizer);
          }
          boolean keyRequired =
              route.apiKeyRequired() != null ? route.apiKeyRequired() : api.auth().apiKeyRequired();
          if (keyRequired) {
            built = built.apiKeyRequired();
          }
          definition.route(settings.apply(built, route));
        }
      }
    }
    StageCache cache = settings.stageCache();
    if (cache != null) {
      definition.stageCache(cache);
    }
    if (api.accessLogFormat() != null) {
      definition.accessLogFormat(api.accessLogFormat());
    }
    for (GatewayResponseSpec response : api.gatewayResponses()) {
      definition.gatewayResponse(responseType(response, origin), customResponse(response, origin));
    }
    return definition.build();
  }

  private static GatewayResponseType responseType(GatewayResponseSpec response, String origin) {
    try {
      return GatewayResponseType.valueOf(response.type());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          origin + ": " + response.where() + ": GatewayResponses has the response type "
              + response.type() + ", which Hangar does not produce (it produces "
              + java.util.Arrays.toString(GatewayResponseType.values())
              + "); remove it from the template Hangar loads",
          e);
    }
  }

  private static ApiDefinition.CustomResponse customResponse(
      GatewayResponseSpec response, String origin) {
    try {
      return new ApiDefinition.CustomResponse(
          response.statusCode(), response.headers(), response.bodyTemplate());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          origin + ": " + response.where() + ": GatewayResponses " + response.type() + ": "
              + e.getMessage(),
          e);
    }
  }

  /** A usage plan with its enabled keys; API Gateway refuses a disabled key with 403. */
  private static UsagePlan usagePlan(Template template, UsagePlanSpec spec) {
    UsagePlan plan = UsagePlan.named(spec.name());
    if (spec.rate() != null) {
      plan = plan.throttle(spec.rate(), spec.burst());
    }
    if (spec.quotaLimit() != null) {
      plan = plan.quota(spec.quotaLimit(), UsagePlan.QuotaPeriod.valueOf(spec.quotaPeriod()));
    }
    for (String keyId : spec.apiKeys()) {
      ApiKeySpec key = template.apiKey(keyId).orElseThrow();
      if (key.enabled()) {
        plan = plan.apiKey(key.logicalId(), key.value());
      }
    }
    return plan;
  }

  private static ApiDefinition http(
      Template template, HttpApiSpec api, String origin, Map<String, String> jwks) {
    ApiDefinition.Builder definition =
        ApiDefinition.http(api.logicalId()).id(api.apiId()).stage(api.stageName(), api.stageVariables());
    if (api.cors() != null) {
      definition.cors(cors(api.cors()));
    }
    if (api.accessLogFormat() != null) {
      definition.accessLogFormat(api.accessLogFormat());
    }
    for (AuthSpec.Authorizer authorizer : api.auth().authorizers().values()) {
      if (authorizer.type().equals("JWT")) {
        definition.authorizer(jwt(template, api, authorizer, origin, jwks));
        continue;
      }
      Authorizer built =
          Authorizer.httpLambda(authorizer.name(), functionName(template, authorizer.functionLogicalId()));
      if (!authorizer.identitySources().isEmpty()) {
        built = built.identitySources(authorizer.identitySources().toArray(String[]::new));
      }
      if (!authorizer.simpleResponses()) {
        built = built.iamPolicyResponses();
      }
      built = built.payloadFormatVersion(authorizer.payloadFormatVersion());
      definition.authorizer(ttl(built, authorizer));
    }
    Set<String> versions = new HashSet<>();
    for (FunctionSpec function : template.functions()) {
      for (EventSpec event : function.events()) {
        if (event instanceof EventSpec.HttpApi route && route.httpApiLogicalId().equals(api.logicalId())) {
          String key = route.path() == null ? "$default" : route.method() + " " + route.path();
          Route built = Route.of(key, function.functionName());
          String authorizer =
              route.authorizer() != null ? route.authorizer() : api.auth().defaultAuthorizer();
          if (authorizer != null && !authorizer.equals("NONE")) {
            built = built.authorizer(authorizer);
          }
          if (!route.authorizationScopes().isEmpty()) {
            built = built.scopes(route.authorizationScopes().toArray(String[]::new));
          }
          versions.add(route.payloadFormatVersion());
          definition.route(built);
        }
      }
    }
    if (versions.size() > 1) {
      throw new ExtensionConfigurationException(
          origin
              + ": the routes of "
              + api.logicalId()
              + " in "
              + template.file()
              + " mix payload format versions "
              + versions
              + "; Hangar takes one version per HTTP API");
    }
    versions.stream().findFirst().ifPresent(definition::payloadFormatVersion);
    return definition.build();
  }

  /** A template names the issuer only: its key set comes from the test's configuration. */
  private static Authorizer jwt(
      Template template,
      HttpApiSpec api,
      AuthSpec.Authorizer authorizer,
      String origin,
      Map<String, String> jwks) {
    String keys = jwks.get(authorizer.issuer());
    if (keys == null) {
      throw new ExtensionConfigurationException(
          origin
              + ": the JWT authorizer "
              + authorizer.name()
              + " of "
              + api.logicalId()
              + " in "
              + template.file()
              + " trusts the issuer "
              + authorizer.issuer()
              + ", whose JSON Web Key Set a template does not hold; give it with"
              + " @HangarTest(jwks = \""
              + authorizer.issuer()
              + "=path/to/jwks.json\") or HangarExtension.builder().jwks(\""
              + authorizer.issuer()
              + "\", jwksJson)"
              + (jwks.isEmpty() ? "" : " (key sets are given for " + jwks.keySet() + ")"));
    }
    if (authorizer.audience().isEmpty()) {
      throw new ExtensionConfigurationException(
          origin
              + ": the JWT authorizer "
              + authorizer.name()
              + " of "
              + api.logicalId()
              + " in "
              + template.file()
              + " has no JwtConfiguration.audience; API Gateway requires at least one");
    }
    return Authorizer.jwt(
            authorizer.name(), authorizer.issuer(), keys, authorizer.audience().toArray(String[]::new))
        .identitySources(authorizer.identitySources().toArray(String[]::new));
  }

  private static Authorizer ttl(Authorizer authorizer, AuthSpec.Authorizer spec) {
    return spec.resultTtlSeconds() == null
        ? authorizer
        : authorizer.resultTtl(Duration.ofSeconds(spec.resultTtlSeconds()));
  }

  private static Cors cors(CorsSpec cors) {
    return new Cors(
        cors.allowOrigins(),
        cors.allowMethods(),
        cors.allowHeaders(),
        cors.exposeHeaders(),
        cors.maxAgeSeconds() == null ? null : Duration.ofSeconds(cors.maxAgeSeconds()),
        cors.allowCredentials());
  }

  private static String functionName(Template template, String logicalId) {
    return template.function(logicalId).orElseThrow().functionName();
  }
}
