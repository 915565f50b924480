package dev.hangar.junit.internal.template;

import java.util.Map;

/**
 * One entry of a REST API's {@code GatewayResponses} ("AWS::Serverless::Api", "Set up gateway
 * responses to customize error responses").
 *
 * @param type the response type as written ({@code DEFAULT_4XX}, {@code UNAUTHORIZED}, ...)
 * @param statusCode {@code StatusCode}, or null to keep the type's own status
 * @param headers {@code ResponseParameters.Headers} with their quotes removed (static values)
 * @param bodyTemplate the {@code application/json} entry of {@code ResponseTemplates}, or null
 * @param where the file and line, for messages
 */
public record GatewayResponseSpec(
    String type, Integer statusCode, Map<String, String> headers, String bodyTemplate, String where) {
  /** Copies the headers. */
  public GatewayResponseSpec {
    headers = Copies.map(headers);
  }
}
