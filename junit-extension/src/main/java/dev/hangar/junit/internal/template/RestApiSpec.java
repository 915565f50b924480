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
    Throttle throttle) {
  /** Copies every collection. */
  public RestApiSpec {
    binaryMediaTypes = List.copyOf(binaryMediaTypes);
    stageVariables = Copies.map(stageVariables);
  }

  /**
   * Stage-wide throttling.
   *
   * @param rate requests per second
   * @param burst the burst
   */
  public record Throttle(double rate, int burst) {}
}
