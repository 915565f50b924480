package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a SAM/CloudFormation template into a {@link Template}: reads it, gives parameters their
 * values, evaluates conditions, merges {@code Globals}, adds SAM's implicit APIs, evaluates every
 * intrinsic function and reads each supported resource. Anything it cannot honour fails with the
 * file, the line and what to do.
 */
public final class TemplateLoader {
  static final String TABLE = "AWS::DynamoDB::Table";
  static final String SIMPLE_TABLE = "AWS::Serverless::SimpleTable";
  static final String FUNCTION = "AWS::Serverless::Function";
  static final String REST_API = "AWS::Serverless::Api";
  static final String HTTP_API = "AWS::Serverless::HttpApi";
  static final String V2_API = "AWS::ApiGatewayV2::Api";
  static final String V2_ROUTE = "AWS::ApiGatewayV2::Route";
  static final String V2_INTEGRATION = "AWS::ApiGatewayV2::Integration";
  static final String V2_STAGE = "AWS::ApiGatewayV2::Stage";
  static final String V2_AUTHORIZER = "AWS::ApiGatewayV2::Authorizer";
  static final String API_KEY = "AWS::ApiGateway::ApiKey";
  static final String USAGE_PLAN = "AWS::ApiGateway::UsagePlan";
  static final String USAGE_PLAN_KEY = "AWS::ApiGateway::UsagePlanKey";

  private static final Set<String> EMULATED =
      Set.of(
          TABLE, SIMPLE_TABLE, FUNCTION, REST_API, HTTP_API, V2_API, V2_ROUTE, V2_INTEGRATION,
          V2_STAGE, V2_AUTHORIZER, API_KEY, USAGE_PLAN, USAGE_PLAN_KEY);

  /** Types accepted because they change nothing inside one JVM (Hangar enforces no IAM). */
  private static final Set<String> WITHOUT_LOCAL_EFFECT =
      Set.of(
          "AWS::IAM::Role",
          "AWS::IAM::Policy",
          "AWS::IAM::ManagedPolicy",
          "AWS::Lambda::Permission",
          "AWS::ApiGatewayV2::Deployment",
          "AWS::Logs::LogGroup");

  private static final Set<String> TOP_LEVEL =
      Set.of(
          "AWSTemplateFormatVersion", "Transform", "Description", "Metadata", "Parameters",
          "Mappings", "Conditions", "Resources", "Outputs", "Globals");

  private static final String IMPLICIT_REST_API = "ServerlessRestApi";
  private static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

  private TemplateLoader() {}

  /**
   * Loads a template.
   *
   * @param options where the template is and what the stack looks like
   * @return the loaded template, never null
   * @throws TemplateException when the template is missing or uses something Hangar cannot honour
   */
  public static Template load(TemplateOptions options) {
    String text = TemplateSource.read(options);
    boolean json = options.path().endsWith(".json") || text.stripLeading().startsWith("{");
    return load(options, TemplateReader.read(options.path(), text, json));
  }

  private static Template load(TemplateOptions options, Node.Mapping root) {
    for (Map.Entry<String, Node> entry : root.entries().entrySet()) {
      if (!TOP_LEVEL.contains(entry.getKey())) {
        throw new TemplateException(
            entry.getValue().where(),
            "the top-level section " + entry.getKey() + " is not supported by Hangar");
      }
    }
    checkTransform(root.get("Transform"));
    if (!(root.get("Resources") instanceof Node.Mapping resourcesNode)) {
      throw new TemplateException(
          root.where(), "the template has no Resources map; every template needs one");
    }
    Map<String, Object> parameters =
        ParameterValues.resolve(root.get("Parameters"), options.parameterOverrides());
    Globals globals = new Globals(root.get("Globals"));
    Map<String, Node.Mapping> resources = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : resourcesNode.entries().entrySet()) {
      if (!(entry.getValue() instanceof Node.Mapping resource)) {
        throw new TemplateException(
            entry.getValue().where(), "resource " + entry.getKey() + " must be a map");
      }
      resources.put(entry.getKey(), withGlobals(entry.getKey(), resource, globals));
    }
    Map<String, Node> conditionNodes = new LinkedHashMap<>();
    if (root.get("Conditions") instanceof Node.Mapping conditions) {
      conditionNodes.putAll(conditions.entries());
    }
    StackScope scope =
        new StackScope(
            new StackScope.StackSettings(
                options.stackName(),
                options.region(),
                options.accountId(),
                options.createdAt(),
                options.harnessScope(),
                options.tableNamePrefix()),
            parameters,
            conditionNodes,
            resources,
            root.get("Mappings") instanceof Node.Mapping m ? m : null);
    Map<String, Boolean> conditions = scope.allConditions();
    resources.keySet().removeIf(id -> !included(id, resources.get(id), scope));
    addImplicitApis(resources, globals);
    SamUsagePlans.expand(resources);
    return new StackReader(options.path(), options.stackName(), scope, resources)
        .read(parameters, conditions, root.get("Outputs"));
  }

  private static Node.Mapping withGlobals(String logicalId, Node.Mapping resource, Globals globals) {
    String type = type(logicalId, resource);
    Node properties = globals.properties(type, resource.get("Properties"), resource.where());
    if (properties == resource.get("Properties")) {
      return resource;
    }
    Map<String, Node> entries = new LinkedHashMap<>(resource.entries());
    entries.put("Properties", properties);
    return new Node.Mapping(entries, resource.where());
  }

  private static boolean included(String logicalId, Node.Mapping resource, StackScope scope) {
    Node condition = resource.get("Condition");
    if (condition == null) {
      return true;
    }
    return scope.condition(scope.intrinsics().text(condition), condition.where());
  }

  /** SAM creates ServerlessRestApi / ServerlessHttpApi for events that name no API. */
  private static void addImplicitApis(Map<String, Node.Mapping> resources, Globals globals) {
    boolean rest = false;
    boolean http = false;
    Location first = null;
    for (Map.Entry<String, Node.Mapping> entry : resources.entrySet()) {
      if (!FUNCTION.equals(type(entry.getKey(), entry.getValue()))) {
        continue;
      }
      Node properties = entry.getValue().get("Properties");
      Node events = properties instanceof Node.Mapping p ? p.get("Events") : null;
      if (!(events instanceof Node.Mapping eventMap)) {
        continue;
      }
      for (Node event : eventMap.entries().values()) {
        if (!(event instanceof Node.Mapping e)) {
          continue;
        }
        Node eventType = e.get("Type");
        Node eventProps = e.get("Properties");
        String typeName = eventType instanceof Node.Scalar s ? String.valueOf(s.value()) : "";
        boolean named =
            eventProps instanceof Node.Mapping ep
                && (ep.get("RestApiId") != null || ep.get("ApiId") != null);
        if (!named && typeName.equals("Api")) {
          rest = true;
          first = first == null ? e.where() : first;
        }
        if (!named && typeName.equals("HttpApi")) {
          http = true;
          first = first == null ? e.where() : first;
        }
      }
    }
    if (rest && !resources.containsKey(IMPLICIT_REST_API)) {
      resources.put(IMPLICIT_REST_API, implicit(REST_API, "Prod", first, globals));
    }
    if (http && !resources.containsKey(IMPLICIT_HTTP_API)) {
      resources.put(IMPLICIT_HTTP_API, implicit(HTTP_API, null, first, globals));
    }
  }

  private static Node.Mapping implicit(String type, String stage, Location where, Globals globals) {
    Map<String, Node> properties = new LinkedHashMap<>();
    if (stage != null) {
      properties.put("StageName", new Node.Scalar(stage, where));
    }
    Node merged = globals.properties(type, new Node.Mapping(properties, where), where);
    Map<String, Node> resource = new LinkedHashMap<>();
    resource.put("Type", new Node.Scalar(type, where));
    resource.put("Properties", merged);
    resource.put("Hangar::Implicit", new Node.Scalar(Boolean.TRUE, where));
    return new Node.Mapping(resource, where);
  }

  private static void checkTransform(Node transform) {
    if (transform == null) {
      return;
    }
    List<Node> items =
        transform instanceof Node.Sequence seq ? seq.items() : List.of(transform);
    for (Node item : items) {
      String name = item instanceof Node.Scalar s ? String.valueOf(s.value()) : "";
      if (!name.equals("AWS::Serverless-2016-10-31")) {
        throw new TemplateException(
            item.where(),
            "the transform "
                + (name.isEmpty() ? TemplateReader.kind(item) : name)
                + " is not supported by Hangar; only AWS::Serverless-2016-10-31 is");
      }
    }
  }

  static String type(String logicalId, Node.Mapping resource) {
    Node type = resource.get("Type");
    if (!(type instanceof Node.Scalar s) || !(s.value() instanceof String name)) {
      throw new TemplateException(resource.where(), "resource " + logicalId + " has no Type");
    }
    return name;
  }

  static boolean emulated(String type) {
    return EMULATED.contains(type);
  }

  static boolean withoutLocalEffect(String type) {
    return WITHOUT_LOCAL_EFFECT.contains(type);
  }

  static String emulatedList() {
    List<String> names = new ArrayList<>(EMULATED);
    names.sort(null);
    return String.join(", ", names);
  }
}
