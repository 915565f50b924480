package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payload 2.0 events compared field by field with the sample event of "Create AWS Lambda proxy
 * integrations for HTTP APIs in API Gateway" (section "Payload format version"), for the same
 * request.
 */
class HttpEventTest {
  private final TestFunctions functions =
      new TestFunctions().ok("fn", "ok").ok("param", "ok").ok("fallback", "ok").ok("staged", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("shop")
              .id("httpapi123")
              .stage("$default", Map.of("stageVariable1", "value1"))
              .route("POST /my/path", "fn")
              .route("GET /my/{parameter1}", "param")
              .route("$default", "fallback")
              .build(),
          ApiDefinition.http("staged")
              .id("staged1234")
              .stage("dev")
              .route("GET /hello", "staged")
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void event_forTheDocsSampleRequest_matchesTheSampleFieldByField() {
    fixture
        .api("shop")
        .request("POST", "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
        .header("Header1", "value1")
        .header("Header2", "value1")
        .header("Header2", "value2")
        .header("Cookie", "cookie1; cookie2")
        .header("User-Agent", "agent")
        .body("Hello from Lambda", "text/plain")
        .sourceIp("192.0.2.1")
        .send();
    JsonNode event = functions.last("fn");

    assertThat(RestEventTest.names(event))
        .containsExactly(
            "version", "routeKey", "rawPath", "rawQueryString", "cookies", "headers",
            "queryStringParameters", "requestContext", "body", "isBase64Encoded",
            "stageVariables");
    assertThat(event.get("version").asText()).isEqualTo("2.0");
    assertThat(event.get("routeKey").asText()).isEqualTo("POST /my/path");
    assertThat(event.get("rawPath").asText()).isEqualTo("/my/path");
    assertThat(event.get("rawQueryString").asText())
        .isEqualTo("parameter1=value1&parameter1=value2&parameter2=value");
    assertThat(event.get("cookies").toString()).isEqualTo("[\"cookie1\",\"cookie2\"]");
    assertThat(event.at("/headers/header1").asText()).isEqualTo("value1");
    assertThat(event.at("/headers/header2").asText()).isEqualTo("value1,value2");
    assertThat(event.get("headers").has("cookie")).isFalse();
    assertThat(event.get("queryStringParameters").toString())
        .isEqualTo("{\"parameter1\":\"value1,value2\",\"parameter2\":\"value\"}");
    assertThat(event.get("body").asText()).isEqualTo("Hello from Lambda");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    assertThat(event.get("stageVariables").toString()).isEqualTo("{\"stageVariable1\":\"value1\"}");

    JsonNode context = event.get("requestContext");
    assertThat(RestEventTest.names(context))
        .containsExactly(
            "accountId", "apiId", "domainName", "domainPrefix", "http", "requestId", "routeKey",
            "stage", "time", "timeEpoch");
    assertThat(context.get("apiId").asText()).isEqualTo("httpapi123");
    assertThat(context.get("domainName").asText())
        .isEqualTo("httpapi123.execute-api.us-east-1.amazonaws.com");
    assertThat(context.get("domainPrefix").asText()).isEqualTo("httpapi123");
    assertThat(context.get("http").toString())
        .isEqualTo(
            "{\"method\":\"POST\",\"path\":\"/my/path\",\"protocol\":\"HTTP/1.1\","
                + "\"sourceIp\":\"192.0.2.1\",\"userAgent\":\"agent\"}");
    assertThat(context.get("routeKey").asText()).isEqualTo("POST /my/path");
    assertThat(context.get("stage").asText()).isEqualTo("$default");
    assertThat(context.get("time").asText()).isEqualTo("04/Mar/2020:19:15:17 +0000");
    assertThat(context.get("timeEpoch").asLong()).isEqualTo(1583349317135L);
  }

  @Test
  void headers_areLowerCasedWithGatewayHeadersAdded() {
    fixture.api("shop").request("POST", "/my/path").header("X-Custom", "A").send();
    JsonNode headers = functions.last("fn").get("headers");
    assertThat(headers.get("x-custom").asText()).isEqualTo("A");
    assertThat(headers.get("host").asText()).isEqualTo("httpapi123.execute-api.us-east-1.amazonaws.com");
    assertThat(headers.get("x-forwarded-proto").asText()).isEqualTo("https");
    assertThat(headers.has("X-Custom")).isFalse();
  }

  @Test
  void pathParameters_areDecodedAndRawPathIsNot() {
    fixture.api("shop").get("/my/value%201");
    JsonNode event = functions.last("param");
    assertThat(event.get("pathParameters").toString()).isEqualTo("{\"parameter1\":\"value 1\"}");
    assertThat(event.get("rawPath").asText()).isEqualTo("/my/value%201");
    assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/my/value 1");
    assertThat(event.get("routeKey").asText()).isEqualTo("GET /my/{parameter1}");
  }

  @Test
  void defaultRoute_hasRouteKeyDefaultAndNoAbsentFields() {
    fixture.api("shop").get("/anything/else");
    JsonNode event = functions.last("fallback");
    assertThat(event.get("routeKey").asText()).isEqualTo("$default");
    assertThat(event.has("cookies")).isFalse();
    assertThat(event.has("queryStringParameters")).isFalse();
    assertThat(event.has("pathParameters")).isFalse();
    assertThat(event.has("body")).isFalse();
  }

  @Test
  void namedStage_isPartOfRawPath() {
    GatewayResponse response = fixture.api("staged").get("/hello");
    assertThat(response.status()).isEqualTo(200);
    JsonNode event = functions.last("staged");
    assertThat(event.get("rawPath").asText()).isEqualTo("/dev/hello");
    assertThat(event.at("/requestContext/stage").asText()).isEqualTo("dev");
  }

  @Test
  void binaryBody_isBase64EncodedForNonTextContentTypes() {
    byte[] bytes = {1, 2, 3, (byte) 0xfe};
    fixture.api("shop").request("POST", "/my/path").body(bytes, "application/octet-stream").send();
    JsonNode event = functions.last("fn");
    assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
    assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(bytes);
  }

  @Test
  void event_deserialisesIntoTheLambdaEventsType() throws Exception {
    fixture.api("shop").request("POST", "/my/path?a=1").header("Cookie", "c=1").send();
    APIGatewayV2HTTPEvent event =
        TestFunctions.MAPPER.treeToValue(functions.last("fn"), APIGatewayV2HTTPEvent.class);
    assertThat(event.getRouteKey()).isEqualTo("POST /my/path");
    assertThat(event.getCookies()).containsExactly("c=1");
    assertThat(event.getQueryStringParameters()).containsEntry("a", "1");
    assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("POST");
    assertThat(event.getRequestContext().getTimeEpoch()).isEqualTo(1583349317135L);
  }
}
