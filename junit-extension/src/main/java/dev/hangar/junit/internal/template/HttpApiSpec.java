package dev.hangar.junit.internal.template;

import java.util.Map;

/**
 * An HTTP API ({@code AWS::Serverless::HttpApi}, or SAM's implicit {@code ServerlessHttpApi}).
 *
 * @param logicalId the logical id
 * @param apiId the generated API id
 * @param stageName the stage ({@code $default} unless given)
 * @param implicit whether SAM generated it from {@code HttpApi} events
 * @param cors the CORS configuration, or null
 * @param auth the authorizers, never null
 * @param stageVariables the stage variables
 * @param accessLogFormat {@code AccessLogSettings.Format}, or null for no access log
 */
public record HttpApiSpec(
    String logicalId,
    String apiId,
    String stageName,
    boolean implicit,
    CorsSpec cors,
    AuthSpec auth,
    Map<String, String> stageVariables,
    String accessLogFormat) {
  /** Copies every collection. */
  public HttpApiSpec {
    stageVariables = Copies.map(stageVariables);
  }
}
