package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.lambda.LambdaServiceException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the client context an invoker passes ({@code X-Amz-Client-Context}, decoded) into the runtime's type. */
final class ClientContexts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClientContexts() {}

  static ClientContext parse(String json) {
    if (json == null || json.isEmpty()) {
      return null;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new LambdaServiceException(
          "InvalidRequestContentException", 400, "Client context must be a valid JSON object", "");
    }
    JsonNode client = root.path("client");
    Client details =
        client.isObject()
            ? new Client() {
              @Override
              public String getInstallationId() {
                return client.path("installation_id").asText(null);
              }

              @Override
              public String getAppTitle() {
                return client.path("app_title").asText(null);
              }

              @Override
              public String getAppVersionName() {
                return client.path("app_version_name").asText(null);
              }

              @Override
              public String getAppVersionCode() {
                return client.path("app_version_code").asText(null);
              }

              @Override
              public String getAppPackageName() {
                return client.path("app_package_name").asText(null);
              }
            }
            : null;
    Map<String, String> custom = strings(root.path("custom"));
    Map<String, String> env = strings(root.path("env"));
    return new ClientContext() {
      @Override
      public Client getClient() {
        return details;
      }

      @Override
      public Map<String, String> getCustom() {
        return custom;
      }

      @Override
      public Map<String, String> getEnvironment() {
        return env;
      }
    };
  }

  private static Map<String, String> strings(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      map.put(e.getKey(), e.getValue().asText());
    }
    return map;
  }
}
