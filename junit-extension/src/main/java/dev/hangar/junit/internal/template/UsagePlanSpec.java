package dev.hangar.junit.internal.template;

import java.util.List;

/**
 * A usage plan ({@code AWS::ApiGateway::UsagePlan}) with the keys its {@code
 * AWS::ApiGateway::UsagePlanKey}s add.
 *
 * @param logicalId the logical id
 * @param name the plan's name
 * @param restApiLogicalId the REST API its only {@code ApiStages} entry names, or null when it names
 *     none
 * @param stageName that entry's stage, or null
 * @param rate the steady-state rate of {@code Throttle}, or null when not throttled
 * @param burst the burst of {@code Throttle}, or null when not throttled
 * @param quotaLimit the {@code Quota} limit, or null without a quota
 * @param quotaPeriod {@code DAY}, {@code WEEK} or {@code MONTH}, or null without a quota
 * @param apiKeys the logical ids of its keys
 */
public record UsagePlanSpec(
    String logicalId,
    String name,
    String restApiLogicalId,
    String stageName,
    Double rate,
    Integer burst,
    Long quotaLimit,
    String quotaPeriod,
    List<String> apiKeys) {
  /** Copies the keys. */
  public UsagePlanSpec {
    apiKeys = List.copyOf(apiKeys);
  }
}
