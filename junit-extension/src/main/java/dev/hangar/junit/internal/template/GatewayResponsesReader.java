package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SAM's {@code GatewayResponses} of an {@code AWS::Serverless::Api}: per response type a
 * {@code StatusCode}, {@code ResponseParameters.Headers} (static values in single quotes, as SAM
 * writes them) and {@code ResponseTemplates}. What Hangar cannot apply is refused with its line:
 * {@code Paths} and {@code QueryStrings}, header values mapped from the request, and templates for
 * a content type other than {@code application/json}.
 */
final class GatewayResponsesReader {
  private GatewayResponsesReader() {}

  static List<GatewayResponseSpec> read(Props api) {
    List<GatewayResponseSpec> responses = new ArrayList<>();
    for (Map.Entry<String, Props> entry : api.child("GatewayResponses").entries().entrySet()) {
      Props response = entry.getValue();
      response.allowOnly(Set.of("StatusCode", "ResponseParameters", "ResponseTemplates"), Set.of());
      Props parameters = response.child("ResponseParameters");
      parameters.allowOnly(Set.of("Headers"), Set.of());
      responses.add(
          new GatewayResponseSpec(
              entry.getKey(),
              response.integer("StatusCode"),
              headers(parameters),
              bodyTemplate(response),
              response.where().toString()));
    }
    return responses;
  }

  private static Map<String, String> headers(Props parameters) {
    Map<String, String> headers = new LinkedHashMap<>();
    Props located = parameters.child("Headers");
    for (Map.Entry<String, String> header : parameters.stringMap("Headers").entrySet()) {
      String value = header.getValue().trim();
      if (value.length() < 2 || !value.startsWith("'") || !value.endsWith("'")) {
        throw new TemplateException(
            located.at(header.getKey()),
            located.owner() + " maps " + header.getKey() + " from " + value + "; Hangar supports"
                + " static values only, in single quotes (\"'" + value + "'\")");
      }
      headers.put(header.getKey(), value.substring(1, value.length() - 1));
    }
    return headers;
  }

  private static String bodyTemplate(Props response) {
    Map<String, String> templates = response.stringMap("ResponseTemplates");
    for (String contentType : templates.keySet()) {
      if (!contentType.equals("application/json")) {
        throw new TemplateException(
            response.child("ResponseTemplates").at(contentType),
            response.owner() + " ResponseTemplates has a template for " + contentType
                + "; Hangar answers gateway responses as application/json only");
      }
    }
    return templates.get("application/json");
  }
}
