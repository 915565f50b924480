package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/**
 * A REST API ({@code AWS::Serverless::Api}, or SAM's implicit {@code ServerlessRestApi}).
 *
 * @param logicalId the logical id
 * @param apiId the generated API id (ten lower-case letters and digits)
 * @param stageName the stage ({@code Prod} for the implicit API)
 * @param implicit whether SAM generated it from {@code Api} events
 * @param cors the CORS configuration, or null
 * @param auth the authorizers, never null
 * @param binaryMediaTypes media types served as binary
 * @param stageVariables the stage variables ({@code Variables})
 * @param throttle the stage's steady rate and burst from {@code MethodSettings} for {@code /*} and
 *     {@code *}, or null when none is set
 * @param apiKeySource {@code HEADER} or {@code AUTHORIZER} ({@code ApiKeySourceType})
 * @param cacheClusterEnabled whether the stage has a cache ({@code CacheClusterEnabled})
 * @param methodSettings every entry of {@code MethodSettings}, with decoded resource paths
 * @param accessLogFormat {@code AccessLogSetting.Format}, or null for no access log
 * @param gatewayResponses the entries of {@code GatewayResponses}
 */
public record RestApiSpec(
    String logicalId,
    String apiId,
    String stageName,
    boolean implicit,
    CorsSpec cors,
    AuthSpec auth,
    List<String> binaryMediaTypes,
    Map<String, String> stageVariables,
    Throttle throttle,
    String apiKeySource,
    boolean cacheClusterEnabled,
    List<MethodSetting> methodSettings,
    String accessLogFormat,
    List<GatewayResponseSpec> gatewayResponses) {
  /** Copies every collection. */
  public RestApiSpec {
    gatewayResponses = List.copyOf(gatewayResponses);
    binaryMediaTypes = List.copyOf(binaryMediaTypes);
    stageVariables = Copies.map(stageVariables);
    methodSettings = List.copyOf(methodSettings);
  }

  /**
   * One entry of {@code MethodSettings}.
   *
   * @param resourcePath {@code /*} for the whole stage, or a resource path such as {@code
   *     /orders/{id}} (decoded from {@code ~1})
   * @param httpMethod {@code *} with {@code /*}, or a method in upper case
   * @param cachingEnabled {@code CachingEnabled}, or null when not set
   * @param cacheTtlSeconds {@code CacheTtlInSeconds}, or null when not set
   * @param rate {@code ThrottlingRateLimit}, or null
   * @param burst {@code ThrottlingBurstLimit}, or null
   * @param where the file and line, for messages
   */
  public record MethodSetting(
      String resourcePath,
      String httpMethod,
      Boolean cachingEnabled,
      Integer cacheTtlSeconds,
      Double rate,
      Integer burst,
      String where) {
    /** Whether it applies to the whole stage. */
    public boolean stageWide() {
      return resourcePath.equals("/*");
    }
  }

  /**
   * Stage-wide throttling.
   *
   * @param rate requests per second
   * @param burst the burst
   */
  public record Throttle(double rate, int burst) {}
}
