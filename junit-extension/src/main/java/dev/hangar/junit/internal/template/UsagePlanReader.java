package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads API keys, usage plans and the usage plan keys that join them ({@code AWS::ApiGateway::ApiKey},
 * {@code UsagePlan}, {@code UsagePlanKey}), after the REST APIs they name are read. What API
 * Gateway would refuse, and what Hangar cannot meter as API Gateway does, fails with its line.
 */
final class UsagePlanReader {
  private static final Set<String> PERIODS = Set.of("DAY", "WEEK", "MONTH");

  private final StackReader stack;
  private final Map<String, RestApiSpec> restApis = new HashMap<>();

  UsagePlanReader(StackReader stack, List<RestApiSpec> restApis) {
    this.stack = stack;
    restApis.forEach(api -> this.restApis.put(api.logicalId(), api));
  }

  List<ApiKeySpec> apiKeys() {
    List<ApiKeySpec> keys = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (Map.Entry<String, Props> entry : of(TemplateLoader.API_KEY).entrySet()) {
      Props key = entry.getValue();
      key.allowOnly(
          Set.of("Value", "Enabled", "Name", "StageKeys"),
          Set.of("Description", "CustomerId", "GenerateDistinctId", "Tags"));
      for (Props stageKey : key.children("StageKeys")) {
        stageKey.allowOnly(Set.of("RestApiId", "StageName"), Set.of());
        stage(stageKey, "RestApiId", "StageName");
      }
      String value =
          key.has("Value")
              ? key.string("Value")
              : stack.scope().generatedApiKeyValue(entry.getKey());
      if (value.length() < 20 || value.length() > 128) {
        throw new TemplateException(
            key.at("Value"),
            key.owner() + " has a Value of " + value.length() + " characters; API Gateway takes API"
                + " key values of 20 to 128 characters");
      }
      String previous = owners.put(value, entry.getKey());
      if (previous != null) {
        throw new TemplateException(
            key.at("Value"),
            key.owner() + " has the same Value as " + previous + "; API Gateway needs each key's"
                + " value to be unique");
      }
      keys.add(
          new ApiKeySpec(
              entry.getKey(),
              stack.scope().physicalId(entry.getKey(), key.where()),
              key.string("Name", stack.stackName() + "-" + entry.getKey()),
              value,
              key.bool("Enabled", false)));
    }
    return keys;
  }

  List<UsagePlanSpec> usagePlans(List<ApiKeySpec> apiKeys) {
    Map<String, List<String>> keysByPlan = new LinkedHashMap<>();
    Map<String, String> planByKeyAndStage = new HashMap<>();
    Map<String, Props> plans = of(TemplateLoader.USAGE_PLAN);
    for (Props planKey : of(TemplateLoader.USAGE_PLAN_KEY).values()) {
      planKey.allowOnly(Set.of("KeyId", "KeyType", "UsagePlanId"), Set.of());
      String type = planKey.string("KeyType");
      if (!type.equals("API_KEY")) {
        throw new TemplateException(
            planKey.at("KeyType"), planKey.owner() + " has KeyType " + type + "; the only key type is API_KEY");
      }
      String key = logicalId(planKey, "KeyId", TemplateLoader.API_KEY);
      String plan = logicalId(planKey, "UsagePlanId", TemplateLoader.USAGE_PLAN);
      keysByPlan.computeIfAbsent(plan, k -> new ArrayList<>()).add(key);
    }
    List<UsagePlanSpec> specs = new ArrayList<>();
    for (Map.Entry<String, Props> entry : plans.entrySet()) {
      UsagePlanSpec spec = plan(entry.getKey(), entry.getValue(), keysByPlan.getOrDefault(entry.getKey(), List.of()));
      for (String key : spec.apiKeys()) {
        if (spec.restApiLogicalId() == null) {
          continue;
        }
        String other = planByKeyAndStage.put(key + " " + spec.restApiLogicalId(), spec.logicalId());
        if (other != null) {
          throw new TemplateException(
              entry.getValue().where(),
              "the API key " + key + " is in the usage plans " + other + " and " + spec.logicalId()
                  + ", which both cover " + spec.restApiLogicalId() + "; API Gateway lets a key"
                  + " belong to one usage plan per API stage");
        }
      }
      specs.add(spec);
    }
    checkStageKeys(apiKeys, specs);
    return specs;
  }

  private UsagePlanSpec plan(String id, Props plan, List<String> keys) {
    plan.allowOnly(
        Set.of("ApiStages", "Throttle", "Quota", "UsagePlanName"), Set.of("Description", "Tags"));
    List<Props> stages = plan.children("ApiStages");
    if (stages.size() > 1) {
      throw new TemplateException(
          plan.at("ApiStages"),
          plan.owner() + " covers " + stages.size() + " API stages; Hangar meters a usage plan for"
              + " one API stage only (rate, burst and quota would be counted per API), so give"
              + " each API its own plan");
    }
    String api = null;
    String stageName = null;
    if (!stages.isEmpty()) {
      Props stage = stages.get(0);
      stage.allowOnly(Set.of("ApiId", "Stage"), Set.of());
      if (stage.has("Throttle")) {
        throw new TemplateException(
            stage.at("Throttle"),
            plan.owner() + " throttles single methods in ApiStages[0].Throttle, which Hangar does"
                + " not support yet; throttle the whole plan with Throttle");
      }
      api = stage(stage, "ApiId", "Stage");
      stageName = stage.string("Stage");
    }
    Props throttle = plan.child("Throttle");
    throttle.allowOnly(Set.of("RateLimit", "BurstLimit"), Set.of());
    if (throttle.has("RateLimit") != throttle.has("BurstLimit")) {
      throw new TemplateException(
          throttle.where(),
          plan.owner() + " Throttle sets only " + (throttle.has("RateLimit") ? "RateLimit" : "BurstLimit")
              + "; Hangar needs both RateLimit and BurstLimit");
    }
    Props quota = plan.child("Quota");
    quota.allowOnly(Set.of("Limit", "Period", "Offset"), Set.of());
    Integer offset = quota.integer("Offset");
    if (offset != null && offset != 0) {
      throw new TemplateException(
          quota.at("Offset"), plan.owner() + " Quota has an Offset, which Hangar does not support yet");
    }
    String period = quota.has("Limit") ? quota.string("Period") : null;
    if (period != null && !PERIODS.contains(period)) {
      throw new TemplateException(
          quota.at("Period"), plan.owner() + " Quota Period " + period + " is not DAY, WEEK or MONTH");
    }
    Integer limit = quota.integer("Limit");
    return new UsagePlanSpec(
        id,
        plan.string("UsagePlanName", stack.stackName() + "-" + id),
        api,
        stageName,
        throttle.number("RateLimit"),
        throttle.integer("BurstLimit"),
        limit == null ? null : limit.longValue(),
        period,
        keys);
  }

  /** The REST API a stage reference names, after checking the stage is the API's own. */
  private String stage(Props reference, String apiProperty, String stageProperty) {
    String api =
        stack.logicalIdFor(
            reference.string(apiProperty), null, reference.at(apiProperty), "the id of a REST API",
            TemplateLoader.REST_API);
    String stage = reference.string(stageProperty);
    String actual = restApis.get(api).stageName();
    if (!stage.equals(actual)) {
      throw new TemplateException(
          reference.at(stageProperty),
          reference.owner() + " names the stage " + stage + " of " + api + ", whose stage is "
              + actual);
    }
    return api;
  }

  /**
   * {@code StageKeys} predate usage plans; API Gateway now accepts a key on a method that requires
   * one only through a usage plan covering the stage, so a stage key without such a plan would
   * silently fail every request.
   */
  private void checkStageKeys(List<ApiKeySpec> apiKeys, List<UsagePlanSpec> plans) {
    Map<String, Props> keys = of(TemplateLoader.API_KEY);
    for (ApiKeySpec key : apiKeys) {
      Props props = keys.get(key.logicalId());
      for (Props stageKey : props.children("StageKeys")) {
        String api = stage(stageKey, "RestApiId", "StageName");
        boolean covered =
            plans.stream()
                .anyMatch(p -> api.equals(p.restApiLogicalId()) && p.apiKeys().contains(key.logicalId()));
        if (!covered) {
          throw new TemplateException(
              stageKey.where(),
              props.owner() + " names " + api + " in StageKeys, but no usage plan covering " + api
                  + " holds the key; API Gateway accepts API keys through usage plans: add an"
                  + " AWS::ApiGateway::UsagePlanKey");
        }
      }
    }
  }

  private String logicalId(Props props, String property, String type) {
    return stack.logicalIdFor(props.string(property), null, props.at(property), "the id", type);
  }

  private Map<String, Props> of(String type) {
    Map<String, Props> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Mapping> entry : stack.resources().entrySet()) {
      if (type.equals(TemplateLoader.type(entry.getKey(), entry.getValue()))) {
        out.put(entry.getKey(), stack.properties(entry.getKey(), type, entry.getValue()));
      }
    }
    return out;
  }
}
