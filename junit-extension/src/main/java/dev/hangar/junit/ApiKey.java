package dev.hangar.junit;

import java.util.Objects;

/**
 * An API key of the test's template, as a client of the REST API uses it: an {@code
 * AWS::ApiGateway::ApiKey} or the key SAM's {@code Auth.UsagePlan} generates ({@code
 * <api>ApiKey}, or {@code ServerlessApiKey} when shared). Inject it as a parameter or {@link
 * Hangar @Hangar} field, with {@link Named @Named("LogicalId")} unless the template declares one
 * key only, and send {@link #value()} in the {@code x-api-key} header ("Usage plans and API keys
 * for REST APIs in API Gateway").
 *
 * <pre>{@code
 * @Test
 * void partnerReadsStatus(@Named("PartnerApiKey") ApiKey key, GatewayClient api) {
 *   api.request("GET", "/partner/orders/1/status").header("x-api-key", key.value()).send();
 * }
 * }</pre>
 *
 * <p>A key whose template gives no {@code Value} gets one generated as API Gateway does (40
 * letters and digits), derived from the stack name and logical id so that every run sees the same
 * value.
 *
 * @param logicalId the key's logical id in the template
 * @param id the key's id, what {@code !Ref} of the key gives
 * @param value the key's value: the template's {@code Value} or the generated one
 * @since 0.1.0
 */
public record ApiKey(String logicalId, String id, String value) {
  /** Checks that no component is null. */
  public ApiKey {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
  }

  /** Names the key without showing its value, which is a secret. */
  @Override
  public String toString() {
    return "ApiKey[" + logicalId + ", id " + id + "]";
  }
}
