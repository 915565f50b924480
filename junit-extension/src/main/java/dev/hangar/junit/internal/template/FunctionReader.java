package dev.hangar.junit.internal.template;

import dev.hangar.harness.lambda.EventSourceMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code AWS::Serverless::Function} and its {@code Events}. */
final class FunctionReader {
  private static final Set<String> MODELLED =
      Set.of(
          "Handler", "Runtime", "FunctionName", "MemorySize", "Timeout", "Environment", "Events",
          "ReservedConcurrentExecutions", "PackageType", "EventInvokeConfig");
  /** Deployment, permissions and packaging: none of them changes what a handler does in a test. */
  private static final Set<String> WITHOUT_LOCAL_EFFECT =
      Set.of(
          "CodeUri", "Description", "Role", "Policies", "Architectures", "Tracing", "Tags",
          "Layers", "AutoPublishAlias", "DeploymentPreference", "VpcConfig", "KmsKeyArn",
          "PermissionsBoundary", "CodeSigningConfigArn", "ProvisionedConcurrencyConfig",
          "RuntimeManagementConfig", "AssumeRolePolicyDocument", "LoggingConfig",
          "EphemeralStorage", "SnapStart", "PropagateTags");
  private static final Set<String> API_EVENT =
      Set.of("Path", "Method", "RestApiId", "Auth", "RequestParameters");
  private static final Set<String> HTTP_EVENT =
      Set.of("Path", "Method", "ApiId", "Auth", "PayloadFormatVersion");
  private static final Set<String> HTTP_EVENT_WITHOUT_LOCAL_EFFECT =
      Set.of("TimeoutInMillis", "RouteSettings");
  private final StackReader stack;

  FunctionReader(StackReader stack) {
    this.stack = stack;
  }

  FunctionSpec function(String id, Props props) {
    props.allowOnly(MODELLED, WITHOUT_LOCAL_EFFECT);
    String packageType = props.string("PackageType", "Zip");
    if (!packageType.equals("Zip")) {
      throw new TemplateException(
          props.at("PackageType"),
          props.owner() + " has PackageType " + packageType + "; Hangar runs Zip (class path) functions only");
    }
    String runtime = props.string("Runtime");
    if (!runtime.startsWith("java")) {
      throw new TemplateException(
          props.at("Runtime"),
          props.owner()
              + " has Runtime "
              + runtime
              + "; Hangar runs Java handlers only (java11, java17, java21, ...)");
    }
    checkEventInvokeConfig(props.child("EventInvokeConfig"));
    InertSettings.refuseLogFormat(props.child("LoggingConfig"));
    Integer timeout = props.integer("Timeout");
    Integer memory = props.integer("MemorySize");
    Map<String, String> environment = props.child("Environment").stringMap("Variables");
    String functionName = stack.scope().physicalId(id, props.where());
    List<EventSpec> events = new ArrayList<>();
    for (Map.Entry<String, Props> event : props.child("Events").entries().entrySet()) {
      events.add(event(event.getKey(), event.getValue(), functionName));
    }
    return new FunctionSpec(
        id,
        functionName,
        (String) stack.scope().getAtt(id, "Arn", props.where()),
        props.string("Handler"),
        runtime,
        environment,
        timeout == null ? 3 : timeout,
        memory == null ? 128 : memory,
        props.integer("ReservedConcurrentExecutions"),
        events);
  }

  /**
   * {@code EventInvokeConfig} ("Configuring error handling for asynchronous invocation"): the
   * harness's asynchronous queue behaves as Lambda's defaults (two retries, events kept six hours)
   * and delivers to no destination, so only those defaults are accepted; anything else would change
   * what a test sees and is refused by name.
   */
  private static void checkEventInvokeConfig(Props config) {
    config.allowOnly(Set.of("MaximumRetryAttempts", "MaximumEventAgeInSeconds"), Set.of());
    Integer retries = config.integer("MaximumRetryAttempts");
    if (retries != null && retries != 2) {
      throw new TemplateException(
          config.at("MaximumRetryAttempts"),
          config.owner() + " has MaximumRetryAttempts " + retries + "; Hangar retries a failed"
              + " Event invocation twice, as Lambda does by default, and supports only 2");
    }
    Integer age = config.integer("MaximumEventAgeInSeconds");
    if (age != null && age != 21_600) {
      throw new TemplateException(
          config.at("MaximumEventAgeInSeconds"),
          config.owner() + " has MaximumEventAgeInSeconds " + age + "; Hangar keeps Event"
              + " invocations for Lambda's default of 21600 seconds and supports only that");
    }
  }

  private EventSpec event(String name, Props event, String functionName) {
    String type = event.string("Type");
    Props props = event.child("Properties");
    switch (type) {
      case "Api":
        return apiEvent(name, props);
      case "HttpApi":
        return httpApiEvent(name, props);
      case "DynamoDB":
        return streamEvent(name, props, functionName);
      default:
        throw new TemplateException(
            event.at("Type"),
            event.owner()
                + " has the event type "
                + type
                + ", which Hangar does not support (it supports Api, HttpApi, DynamoDB); remove"
                + " the event from the template Hangar loads");
    }
  }

  private EventSpec apiEvent(String name, Props props) {
    props.allowOnly(API_EVENT, Set.of());
    String api =
        props.has("RestApiId")
            ? stack.logicalIdFor(
                props.string("RestApiId"), null, props.at("RestApiId"), "the id",
                TemplateLoader.REST_API)
            : "ServerlessRestApi";
    Props auth = props.child("Auth");
    auth.allowOnly(Set.of("Authorizer", "ApiKeyRequired"), Set.of());
    return new EventSpec.Api(
        name,
        api,
        props.string("Path"),
        props.string("Method").toUpperCase(java.util.Locale.ROOT),
        auth.string("Authorizer", null),
        auth.has("ApiKeyRequired") ? auth.bool("ApiKeyRequired", false) : null,
        cacheKeyParameters(props));
  }

  /**
   * SAM's {@code RequestParameters}: names, or one-key maps of a name to {@code Required} and
   * {@code Caching}; those with {@code Caching: true} become the method's cache key parameters.
   * Hangar does not enforce {@code Required}.
   */
  private static List<String> cacheKeyParameters(Props props) {
    List<String> keys = new ArrayList<>();
    Object raw = props.raw("RequestParameters");
    if (raw == null) {
      return keys;
    }
    if (!(raw instanceof List<?> list)) {
      throw new TemplateException(
          props.at("RequestParameters"), props.owner() + " RequestParameters must be a list");
    }
    for (Object item : list) {
      String name;
      boolean caching = false;
      if (item instanceof Map<?, ?> map && map.size() == 1) {
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        name = String.valueOf(only.getKey());
        if (!(only.getValue() instanceof Map<?, ?> options)
            || !Set.of("Required", "Caching").containsAll(options.keySet())) {
          throw new TemplateException(
              props.at("RequestParameters"),
              props.owner() + " RequestParameters " + name + " takes Required and Caching only");
        }
        caching = Boolean.parseBoolean(String.valueOf(options.get("Caching")));
      } else if (item instanceof String text) {
        name = text;
      } else {
        throw new TemplateException(
            props.at("RequestParameters"),
            props.owner() + " RequestParameters holds " + Intrinsics.describe(item)
                + "; write a name or a map of a name to Required and Caching");
      }
      if (!name.matches("method\\.request\\.(header|querystring|path)\\.[^.]+")) {
        throw new TemplateException(
            props.at("RequestParameters"),
            props.owner() + " RequestParameters names " + name + "; SAM takes"
                + " method.request.header.NAME, method.request.querystring.NAME or"
                + " method.request.path.NAME");
      }
      if (caching) {
        keys.add(name);
      }
    }
    return keys;
  }

  private EventSpec httpApiEvent(String name, Props props) {
    props.allowOnly(HTTP_EVENT, HTTP_EVENT_WITHOUT_LOCAL_EFFECT);
    InertSettings.refuseIntegrationTimeout(props);
    InertSettings.refuseRouteThrottling(props, "RouteSettings", "HTTP API routes");
    String api =
        props.has("ApiId")
            ? stack.logicalIdFor(
                props.string("ApiId"), null, props.at("ApiId"), "the id", TemplateLoader.HTTP_API)
            : "ServerlessHttpApi";
    Props auth = props.child("Auth");
    auth.allowOnly(Set.of("Authorizer", "AuthorizationScopes"), Set.of());
    String method = props.string("Method", null);
    return new EventSpec.HttpApi(
        name,
        api,
        props.string("Path", null),
        method == null ? null : method.toUpperCase(java.util.Locale.ROOT),
        auth.string("Authorizer", null),
        auth.strings("AuthorizationScopes"),
        props.string("PayloadFormatVersion", "2.0"));
  }

  /**
   * The mapping itself is built by harness-api's reader of SAM's DynamoDB event, which knows every
   * property; it runs here too, so a bad property fails with its line when the template loads.
   */
  private EventSpec streamEvent(String name, Props props, String functionName) {
    try {
      EventSourceMapping.fromSamProperties(
          functionName, String.valueOf(props.raw("Stream")), props.values());
    } catch (RuntimeException e) {
      throw new TemplateException(props.where(), props.owner() + ": " + e.getMessage());
    }
    String table =
        stack.logicalIdFor(
            props.string("Stream"), "StreamArn", props.at("Stream"), "the StreamArn",
            TemplateLoader.TABLE);
    String start = props.string("StartingPosition");
    if (!start.equals("TRIM_HORIZON") && !start.equals("LATEST")) {
      throw new TemplateException(
          props.at("StartingPosition"),
          "StartingPosition " + start + " is not supported by Hangar; use TRIM_HORIZON or LATEST");
    }
    List<String> patterns = new ArrayList<>();
    for (Props filter : props.child("FilterCriteria").children("Filters")) {
      patterns.add(filter.string("Pattern"));
    }
    Integer batch = props.integer("BatchSize");
    return new EventSpec.DynamoDb(
        name,
        table,
        start,
        batch == null ? 100 : batch,
        props.bool("Enabled", true),
        props.integer("MaximumRetryAttempts"),
        props.strings("FunctionResponseTypes").contains("ReportBatchItemFailures"),
        patterns,
        props.values());
  }
}
