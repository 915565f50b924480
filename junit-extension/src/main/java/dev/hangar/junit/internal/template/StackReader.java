package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the included resources of a stack into the template model, type by type. */
final class StackReader {
  private final String file;
  private final String stackName;
  private final StackScope scope;
  private final Map<String, Node.Mapping> resources;

  StackReader(String file, String stackName, StackScope scope, Map<String, Node.Mapping> resources) {
    this.file = file;
    this.stackName = stackName;
    this.scope = scope;
    this.resources = resources;
  }

  Template read(Map<String, Object> parameters, Map<String, Boolean> conditions, Node outputsNode) {
    List<TableSpec> tables = new ArrayList<>();
    List<FunctionSpec> functions = new ArrayList<>();
    List<RestApiSpec> restApis = new ArrayList<>();
    List<HttpApiSpec> httpApis = new ArrayList<>();
    Map<String, String> notEmulated = new LinkedHashMap<>();
    TableReader tableReader = new TableReader(this);
    FunctionReader functionReader = new FunctionReader(this);
    ApiReader apiReader = new ApiReader(this);
    for (Map.Entry<String, Node.Mapping> entry : resources.entrySet()) {
      String id = entry.getKey();
      Node.Mapping resource = entry.getValue();
      String type = TemplateLoader.type(id, resource);
      switch (type) {
        case TemplateLoader.TABLE:
          tables.add(tableReader.table(id, properties(id, type, resource)));
          break;
        case TemplateLoader.SIMPLE_TABLE:
          tables.add(tableReader.simpleTable(id, properties(id, type, resource)));
          break;
        case TemplateLoader.FUNCTION:
          functions.add(functionReader.function(id, properties(id, type, resource)));
          break;
        case TemplateLoader.REST_API:
          restApis.add(apiReader.restApi(id, properties(id, type, resource), implicit(resource)));
          break;
        case TemplateLoader.HTTP_API:
          httpApis.add(apiReader.httpApi(id, properties(id, type, resource), implicit(resource)));
          break;
        default:
          if (TemplateLoader.withoutLocalEffect(type)) {
            notEmulated.put(id, type);
          } else if (!TemplateLoader.emulated(type)) {
            throw new TemplateException(
                resource.get("Type").where(),
                "resource "
                    + id
                    + " has the type "
                    + type
                    + ", which Hangar does not emulate (it emulates "
                    + TemplateLoader.emulatedList()
                    + "); remove it from the template Hangar loads");
          }
      }
    }
    List<WebSocketApiSpec> webSockets = new WebSocketReader(this).read();
    UsagePlanReader usagePlanReader = new UsagePlanReader(this, restApis);
    List<ApiKeySpec> apiKeys = usagePlanReader.apiKeys();
    List<UsagePlanSpec> usagePlans = usagePlanReader.usagePlans(apiKeys);
    return new Template(
        file,
        stackName,
        parameters,
        conditions,
        tables,
        functions,
        restApis,
        httpApis,
        webSockets,
        apiKeys,
        usagePlans,
        outputs(outputsNode),
        notEmulated);
  }

  private Map<String, String> outputs(Node node) {
    Map<String, String> outputs = new LinkedHashMap<>();
    if (!(node instanceof Node.Mapping mapping)) {
      return outputs;
    }
    for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
      if (!(entry.getValue() instanceof Node.Mapping output) || output.get("Value") == null) {
        throw new TemplateException(
            entry.getValue().where(), "output " + entry.getKey() + " needs a Value");
      }
      Node condition = output.get("Condition");
      if (condition != null
          && !scope.condition(scope.intrinsics().text(condition), condition.where())) {
        continue;
      }
      outputs.put(entry.getKey(), scope.intrinsics().text(output.get("Value")));
    }
    return outputs;
  }

  private static boolean implicit(Node.Mapping resource) {
    return resource.get("Hangar::Implicit") != null;
  }

  Props properties(String id, String type, Node.Mapping resource) {
    return Props.of(
        "resource " + id + " (" + type + ")",
        resource.get("Properties"),
        resource.where(),
        scope.intrinsics());
  }

  Map<String, Node.Mapping> resources() {
    return resources;
  }

  String stackName() {
    return stackName;
  }

  StackScope scope() {
    return scope;
  }

  /**
   * The logical id of the resource of one of the given types whose {@code Ref} or attribute equals
   * a resolved value; this is how a resolved {@code RestApiId}, {@code FunctionArn} or {@code
   * Stream} is traced back to the resource it names.
   */
  String logicalIdFor(String value, String attribute, Location where, String what, String... types) {
    for (Map.Entry<String, Node.Mapping> entry : resources.entrySet()) {
      String type = TemplateLoader.type(entry.getKey(), entry.getValue());
      if (!List.of(types).contains(type)) {
        continue;
      }
      Object candidate =
          attribute == null
              ? scope.physicalId(entry.getKey(), where)
              : safeGetAtt(entry.getKey(), attribute, where);
      // An integration URI wraps the function ARN: .../functions/<arn>/invocations.
      if (candidate != null
          && (value.equals(candidate) || value.contains("/functions/" + candidate + "/invocations"))) {
        return entry.getKey();
      }
    }
    throw new TemplateException(
        where,
        "'"
            + value
            + "' is not "
            + what
            + " of a resource in this template; Hangar can only connect resources declared in the"
            + " same template (use !Ref or !GetAtt to name them)");
  }

  private Object safeGetAtt(String logicalId, String attribute, Location where) {
    try {
      return scope.getAtt(logicalId, attribute, where);
    } catch (TemplateException e) {
      return null;
    }
  }
}
