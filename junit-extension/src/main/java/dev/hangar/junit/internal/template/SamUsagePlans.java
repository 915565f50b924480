package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands SAM's {@code Auth.UsagePlan} of {@code AWS::Serverless::Api} into the resources SAM
 * generates ("ApiUsagePlan"): {@code PER_API} gives {@code <api>UsagePlan}, {@code <api>ApiKey} and
 * {@code <api>UsagePlanKey}; {@code SHARED} gives one {@code ServerlessUsagePlan}, {@code
 * ServerlessApiKey} and {@code ServerlessUsagePlanKey} covering every API that asks for it; {@code
 * NONE} gives nothing. The generated key is enabled, has no {@code Value} (so one is generated) and
 * names the API's stage in {@code StageKeys}, as SAM writes it. Runs on the template as written, so
 * the generated resources can be referenced like any other ({@code !Ref MyApiApiKey}).
 */
final class SamUsagePlans {
  private static final Set<String> PLAN_SETTINGS =
      Set.of("Description", "Quota", "Throttle", "UsagePlanName", "Tags");
  private static final String SHARED_PLAN = "ServerlessUsagePlan";
  private static final String SHARED_KEY = "ServerlessApiKey";
  private static final String SHARED_PLAN_KEY = "ServerlessUsagePlanKey";

  private SamUsagePlans() {}

  static void expand(Map<String, Node.Mapping> resources) {
    Map<String, Node.Mapping> generated = new LinkedHashMap<>();
    Shared shared = new Shared();
    for (Map.Entry<String, Node.Mapping> entry : resources.entrySet()) {
      String api = entry.getKey();
      if (!TemplateLoader.REST_API.equals(TemplateLoader.type(api, entry.getValue()))) {
        continue;
      }
      Node.Mapping plan = usagePlan(entry.getValue());
      if (plan == null) {
        continue;
      }
      Node stage = stageName(api, entry.getValue(), plan);
      String mode = mode(plan);
      if (mode.equals("PER_API")) {
        generated.put(api + "ApiKey", apiKey(List.of(stageKey(api, stage, plan.where())), plan.where()));
        generated.put(
            api + "UsagePlan",
            usagePlan(settings(plan, new LinkedHashMap<>()), List.of(apiStage(api, stage, plan.where())), plan.where()));
        generated.put(api + "UsagePlanKey", planKey(api + "ApiKey", api + "UsagePlan", plan.where()));
      } else if (mode.equals("SHARED")) {
        shared.add(api, stage, plan);
      }
    }
    if (!shared.apiStages.isEmpty()) {
      generated.put(SHARED_KEY, apiKey(shared.stageKeys, shared.where));
      generated.put(SHARED_PLAN, usagePlan(shared.settings, shared.apiStages, shared.where));
      generated.put(SHARED_PLAN_KEY, planKey(SHARED_KEY, SHARED_PLAN, shared.where));
    }
    for (Map.Entry<String, Node.Mapping> entry : generated.entrySet()) {
      if (resources.containsKey(entry.getKey())) {
        throw new TemplateException(
            entry.getValue().where(),
            "Auth.UsagePlan generates the resource " + entry.getKey()
                + ", but the template already declares a resource of that name; rename it");
      }
      resources.put(entry.getKey(), entry.getValue());
    }
  }

  private static Node.Mapping usagePlan(Node.Mapping api) {
    Node properties = api.get("Properties");
    Node auth = properties instanceof Node.Mapping p ? p.get("Auth") : null;
    Node plan = auth instanceof Node.Mapping a ? a.get("UsagePlan") : null;
    if (plan == null) {
      return null;
    }
    if (!(plan instanceof Node.Mapping mapping)) {
      throw new TemplateException(
          plan.where(), "Auth.UsagePlan must be a map with CreateUsagePlan, found " + TemplateReader.kind(plan));
    }
    return mapping;
  }

  private static String mode(Node.Mapping plan) {
    Node mode = plan.get("CreateUsagePlan");
    String text = mode instanceof Node.Scalar s && s.value() instanceof String v ? v : null;
    if (text == null || !Set.of("PER_API", "SHARED", "NONE").contains(text)) {
      throw new TemplateException(
          mode == null ? plan.where() : mode.where(),
          "Auth.UsagePlan needs CreateUsagePlan: PER_API, SHARED or NONE written out"
              + (mode == null ? "" : ", found " + TemplateReader.kind(mode)));
    }
    for (String key : plan.entries().keySet()) {
      if (!key.equals("CreateUsagePlan") && !PLAN_SETTINGS.contains(key)) {
        throw new TemplateException(
            plan.get(key).where(),
            "Auth.UsagePlan has the property " + key + ", which SAM does not define (it defines"
                + " CreateUsagePlan, Description, Quota, Tags, Throttle, UsagePlanName)");
      }
    }
    return text;
  }

  private static Node stageName(String api, Node.Mapping resource, Node.Mapping plan) {
    Node properties = resource.get("Properties");
    Node stage = properties instanceof Node.Mapping p ? p.get("StageName") : null;
    if (stage == null) {
      throw new TemplateException(
          plan.where(), "resource " + api + " has Auth.UsagePlan but no StageName; add StageName");
    }
    return stage;
  }

  private static Map<String, Node> settings(Node.Mapping plan, Map<String, Node> into) {
    for (String key : PLAN_SETTINGS) {
      if (plan.get(key) != null) {
        into.put(key, plan.get(key));
      }
    }
    return into;
  }

  private static Node.Mapping apiKey(List<Node> stageKeys, Location where) {
    Map<String, Node> properties = new LinkedHashMap<>();
    properties.put("Enabled", new Node.Scalar(Boolean.TRUE, where));
    properties.put("StageKeys", new Node.Sequence(stageKeys, where));
    return resource("AWS::ApiGateway::ApiKey", properties, where);
  }

  private static Node.Mapping usagePlan(Map<String, Node> settings, List<Node> apiStages, Location where) {
    Map<String, Node> properties = new LinkedHashMap<>(settings);
    properties.put("ApiStages", new Node.Sequence(apiStages, where));
    return resource("AWS::ApiGateway::UsagePlan", properties, where);
  }

  private static Node.Mapping planKey(String key, String plan, Location where) {
    Map<String, Node> properties = new LinkedHashMap<>();
    properties.put("KeyId", ref(key, where));
    properties.put("KeyType", new Node.Scalar("API_KEY", where));
    properties.put("UsagePlanId", ref(plan, where));
    return resource("AWS::ApiGateway::UsagePlanKey", properties, where);
  }

  private static Node stageKey(String api, Node stage, Location where) {
    return new Node.Mapping(Map.of("RestApiId", ref(api, where), "StageName", stage), where);
  }

  private static Node apiStage(String api, Node stage, Location where) {
    return new Node.Mapping(Map.of("ApiId", ref(api, where), "Stage", stage), where);
  }

  private static Node ref(String logicalId, Location where) {
    return new Node.Intrinsic("Ref", new Node.Scalar(logicalId, where), where);
  }

  private static Node.Mapping resource(String type, Map<String, Node> properties, Location where) {
    Map<String, Node> resource = new LinkedHashMap<>();
    resource.put("Type", new Node.Scalar(type, where));
    resource.put("Properties", new Node.Mapping(properties, where));
    return new Node.Mapping(resource, where);
  }

  /** The one usage plan every {@code SHARED} API joins. */
  private static final class Shared {
    final List<Node> stageKeys = new ArrayList<>();
    final List<Node> apiStages = new ArrayList<>();
    final Map<String, Node> settings = new LinkedHashMap<>();
    Location where;

    void add(String api, Node stage, Node.Mapping plan) {
      where = where == null ? plan.where() : where;
      stageKeys.add(stageKey(api, stage, plan.where()));
      apiStages.add(apiStage(api, stage, plan.where()));
      for (String key : PLAN_SETTINGS) {
        if (plan.get(key) != null && settings.put(key, plan.get(key)) != null) {
          throw new TemplateException(
              plan.get(key).where(),
              "Auth.UsagePlan " + key + " of the SHARED usage plan is set on more than one API;"
                  + " SAM advises setting it on one API only, and Hangar refuses to pick one");
        }
      }
    }
  }
}
