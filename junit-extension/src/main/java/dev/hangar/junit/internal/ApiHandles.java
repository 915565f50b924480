package dev.hangar.junit.internal;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.gateway.websocket.WebSocketGateway;
import dev.hangar.harness.Harness;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.ApiKey;
import dev.hangar.junit.internal.template.ApiKeySpec;
import dev.hangar.junit.internal.template.HttpApiSpec;
import dev.hangar.junit.internal.template.RestApiSpec;
import dev.hangar.junit.internal.template.Template;
import dev.hangar.junit.internal.template.WebSocketApiSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The gateways of a harness and the API an injection point means: the one with the {@code @Named}
 * logical id, or the template's only API of that kind.
 */
final class ApiHandles {
  /** The attachment holding the FakeGateway built from the template's REST and HTTP APIs. */
  static final String TEMPLATE_GATEWAY = "template-gateway";

  /** The attachment holding the WebSocketGateway built from the template's WebSocket APIs. */
  static final String TEMPLATE_WEBSOCKETS = "template-websockets";

  private ApiHandles() {}

  static FakeGateway gateway(Harness harness, String where) {
    return service(harness, FakeGateway.class, "REST or HTTP APIs", where);
  }

  static WebSocketGateway webSockets(Harness harness, String where) {
    return service(harness, WebSocketGateway.class, "WebSocket APIs", where);
  }

  static GatewayClient client(HarnessResource resource, String named, String where) {
    List<String> apis = new ArrayList<>();
    if (resource.template() != null) {
      resource.template().restApis().stream().map(RestApiSpec::logicalId).forEach(apis::add);
      resource.template().httpApis().stream().map(HttpApiSpec::logicalId).forEach(apis::add);
    }
    String api = pick(apis, named, "GatewayClient", "REST or HTTP APIs", where);
    // The template's own gateway: a user's FakeGateway, offered requests first, may sit beside it.
    Object fromTemplate = resource.attachments().get(TEMPLATE_GATEWAY);
    return (fromTemplate != null ? (FakeGateway) fromTemplate : gateway(resource.harness(), where))
        .api(api);
  }

  static ApiKey apiKey(HarnessResource resource, String named, String where) {
    Template template = resource.template();
    List<String> keys =
        template == null ? List.of() : template.apiKeys().stream().map(ApiKeySpec::logicalId).toList();
    String logicalId = pick(keys, named, "ApiKey", "API keys", where);
    ApiKeySpec key = template.apiKey(logicalId).orElseThrow();
    return new ApiKey(key.logicalId(), key.id(), key.value());
  }

  static WebSocketConnector connector(HarnessResource resource, String named, String where) {
    Template template = resource.template();
    List<String> apis =
        template == null
            ? List.of()
            : template.webSocketApis().stream().map(WebSocketApiSpec::logicalId).toList();
    String api = pick(apis, named, "WebSocketConnector", "WebSocket APIs", where);
    Object fromTemplate = resource.attachments().get(TEMPLATE_WEBSOCKETS);
    return (fromTemplate != null
            ? (WebSocketGateway) fromTemplate
            : webSockets(resource.harness(), where))
        .connector(api);
  }

  private static String pick(
      List<String> apis, String named, String type, String kind, String where) {
    if (named != null) {
      if (!apis.contains(named)) {
        throw new ExtensionConfigurationException(
            where + " is a " + type + " for @Named(\"" + named + "\"), but the template's " + kind
                + " are " + apis + "; name one of them by its logical id");
      }
      return named;
    }
    if (apis.size() == 1) {
      return apis.get(0);
    }
    throw new ExtensionConfigurationException(
        where + " is a " + type + " without @Named, and "
            + (apis.isEmpty()
                ? "the harness has no template " + kind
                : "the template declares " + apis.size() + " " + kind + " " + apis)
            + "; name " + (type.equals("ApiKey") ? "the key" : "the API") + " with @Named(\"LogicalId\")");
  }

  private static <T extends AwsService> T service(
      Harness harness, Class<T> type, String kind, String where) {
    try {
      return harness.service(type);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          where + " asks for a " + type.getSimpleName() + ", but the harness has none: it has no"
              + " template, or its template declares no " + kind);
    }
  }
}
