package dev.hangar.junit.internal.template;

/**
 * An API key ({@code AWS::ApiGateway::ApiKey}, or the one SAM's {@code Auth.UsagePlan} generates).
 *
 * @param logicalId the logical id
 * @param id the key's id, what {@code !Ref} gives
 * @param name the key's name ({@code Name}, or one CloudFormation would generate)
 * @param value the value clients send in {@code x-api-key}: {@code Value}, or a generated one
 * @param enabled whether callers may use it ({@code Enabled}, false unless set, as in API Gateway)
 */
public record ApiKeySpec(String logicalId, String id, String name, String value, boolean enabled) {}
