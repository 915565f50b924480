package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payload 1.0 events compared field by field with the sample event of "Set up Lambda proxy
 * integrations in API Gateway" (section "Input format of a Lambda function for proxy
 * integration"), for the same request.
 */
class RestEventTest {
  private final TestFunctions functions =
      new TestFunctions()
          .ok("fn", "ok")
          .ok("proxy", "ok")
          .ok("item", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("pets")
              .id("abcdef1234")
              .stage("prod", Map.of("table", "pets-prod"))
              .route("GET /my/path", "fn")
              .route("POST /my/path", "fn")
              .route("GET /items/{id}", "item")
              .route("ANY /files/{proxy+}", "proxy")
              .binaryMediaTypes("image/png")
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void event_forTheDocsSampleRequest_matchesTheSampleFieldByField() {
    GatewayResponse response =
        fixture
            .api("pets")
            .request("GET", "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
            .header("header1", "value1")
            .header("header2", "value1")
            .header("header2", "value2")
            .header("User-Agent", "user-agent")
            .sourceIp("192.0.2.1")
            .send();
    assertThat(response.status()).isEqualTo(200);
    JsonNode event = functions.last("fn");

    assertThat(names(event))
        .containsExactly(
            "resource", "path", "httpMethod", "headers", "multiValueHeaders",
            "queryStringParameters", "multiValueQueryStringParameters", "pathParameters",
            "stageVariables", "requestContext", "body", "isBase64Encoded");
    assertThat(event.get("resource").asText()).isEqualTo("/my/path");
    assertThat(event.get("path").asText()).isEqualTo("/my/path");
    assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(event.at("/headers/header1").asText()).isEqualTo("value1");
    assertThat(event.at("/headers/header2").asText()).isEqualTo("value2");
    assertThat(event.at("/multiValueHeaders/header2").toString()).isEqualTo("[\"value1\",\"value2\"]");
    assertThat(event.get("queryStringParameters").toString())
        .isEqualTo("{\"parameter1\":\"value2\",\"parameter2\":\"value\"}");
    assertThat(event.get("multiValueQueryStringParameters").toString())
        .isEqualTo("{\"parameter1\":[\"value1\",\"value2\"],\"parameter2\":[\"value\"]}");
    assertThat(event.get("pathParameters").isNull()).isTrue();
    assertThat(event.get("stageVariables").toString()).isEqualTo("{\"table\":\"pets-prod\"}");
    assertThat(event.get("body").isNull()).isTrue();
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

    JsonNode context = event.get("requestContext");
    assertThat(names(context))
        .contains(
            "accountId", "apiId", "domainName", "domainPrefix", "extendedRequestId", "httpMethod",
            "identity", "path", "protocol", "requestId", "requestTime", "requestTimeEpoch",
            "resourceId", "resourcePath", "stage");
    assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
    assertThat(context.get("apiId").asText()).isEqualTo("abcdef1234");
    assertThat(context.get("domainName").asText())
        .isEqualTo("abcdef1234.execute-api.us-east-1.amazonaws.com");
    assertThat(context.get("domainPrefix").asText()).isEqualTo("abcdef1234");
    assertThat(context.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(context.get("path").asText()).isEqualTo("/prod/my/path");
    assertThat(context.get("protocol").asText()).isEqualTo("HTTP/1.1");
    assertThat(context.get("requestTime").asText()).isEqualTo("04/Mar/2020:19:15:17 +0000");
    assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(1583349317135L);
    assertThat(context.get("resourcePath").asText()).isEqualTo("/my/path");
    assertThat(context.get("resourceId").asText()).matches("[a-z0-9]{6}");
    assertThat(context.get("stage").asText()).isEqualTo("prod");
    assertThat(context.get("requestId").asText()).isEqualTo(response.requestId());
    assertThat(context.at("/identity/sourceIp").asText()).isEqualTo("192.0.2.1");
    assertThat(context.at("/identity/userAgent").asText()).isEqualTo("user-agent");
    assertThat(context.at("/identity/user").isNull()).isTrue();
  }

  @Test
  void event_addsTheForwardingHeadersApiGatewayAdds() {
    fixture.api("pets").request("GET", "/my/path").sourceIp("192.0.2.1").send();
    JsonNode headers = functions.last("fn").get("headers");
    assertThat(headers.get("Host").asText()).isEqualTo("abcdef1234.execute-api.us-east-1.amazonaws.com");
    assertThat(headers.get("X-Forwarded-For").asText()).isEqualTo("192.0.2.1");
    assertThat(headers.get("X-Forwarded-Port").asText()).isEqualTo("443");
    assertThat(headers.get("X-Forwarded-Proto").asText()).isEqualTo("https");
    assertThat(headers.get("X-Amzn-Trace-Id").asText()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
  }

  @Test
  void event_deserialisesIntoTheLambdaEventsType() throws Exception {
    fixture.api("pets").request("POST", "/my/path?a=1").body("{\"x\":1}", "application/json").send();
    APIGatewayProxyRequestEvent event =
        TestFunctions.MAPPER.treeToValue(functions.last("fn"), APIGatewayProxyRequestEvent.class);
    assertThat(event.getHttpMethod()).isEqualTo("POST");
    assertThat(event.getBody()).isEqualTo("{\"x\":1}");
    assertThat(event.getQueryStringParameters()).containsEntry("a", "1");
    assertThat(event.getRequestContext().getStage()).isEqualTo("prod");
    assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
    assertThat(event.getIsBase64Encoded()).isFalse();
  }

  @Test
  void pathParameters_areUrlDecoded() {
    fixture.api("pets").get("/items/a%20b%2Fc%C3%A9");
    JsonNode event = functions.last("item");
    assertThat(event.at("/pathParameters/id").asText()).isEqualTo("a b/cé");
    assertThat(event.get("path").asText()).isEqualTo("/items/a%20b%2Fc%C3%A9");
    assertThat(event.get("resource").asText()).isEqualTo("/items/{id}");
  }

  @Test
  void greedyProxy_bindsTheRestOfThePathDecoded() {
    fixture.api("pets").request("DELETE", "/files/a/b%20c/d.txt").send();
    JsonNode event = functions.last("proxy");
    assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("a/b c/d.txt");
    assertThat(event.get("resource").asText()).isEqualTo("/files/{proxy+}");
    assertThat(event.get("httpMethod").asText()).isEqualTo("DELETE");
    assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/files/{proxy+}");
  }

  @Test
  void binaryMediaType_reachesTheFunctionBase64Encoded() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    fixture.api("pets").request("POST", "/my/path").body(png, "image/png").send();
    JsonNode event = functions.last("fn");
    assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
    assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(png);
  }

  @Test
  void textBody_reachesTheFunctionAsText() {
    fixture.api("pets").request("POST", "/my/path").body("héllo", "text/plain").send();
    JsonNode event = functions.last("fn");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    assertThat(event.get("body").asText()).isEqualTo("héllo");
  }

  @Test
  void invalidJson_withJsonContentType_isPassedThroughUnchanged() {
    GatewayResponse response = fixture.api("pets").post("/my/path", "{not json");
    assertThat(response.status()).isEqualTo(200);
    assertThat(functions.last("fn").get("body").asText()).isEqualTo("{not json");
  }

  @Test
  void queryParameters_areDecodedAndPlusIsASpace() {
    fixture.api("pets").get("/my/path?q=a+b%26c&empty&=x");
    JsonNode event = functions.last("fn");
    assertThat(event.at("/queryStringParameters/q").asText()).isEqualTo("a b&c");
    assertThat(event.at("/queryStringParameters/empty").asText()).isEmpty();
  }

  static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
