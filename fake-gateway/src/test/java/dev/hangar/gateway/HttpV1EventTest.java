package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payload 1.0 events of HTTP APIs compared field by field with the 1.0 sample event of "Create AWS
 * Lambda proxy integrations for HTTP APIs in API Gateway" (section "Payload format version"), for
 * the same request. They are not REST API events: the sample has a {@code version}, an {@code
 * authorizer} with null {@code claims} and {@code scopes}, a null {@code resourceId}, an identity
 * without API keys, and the first value of a repeated query parameter (but the last of a header).
 */
class HttpV1EventTest {
  private final TestFunctions functions =
      new TestFunctions().ok("fn", "ok").ok("staged", "ok").ok("param", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("shop")
              .id("httpapi123")
              .payloadFormatVersion("1.0")
              .route("GET /my/path", "fn")
              .route("GET /items/{id}", "param")
              .build(),
          ApiDefinition.http("staged")
              .id("staged1234")
              .payloadFormatVersion("1.0")
              .stage("dev", Map.of("stageVariable1", "value1"))
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
        .request("GET", "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
        .header("Header1", "value1")
        .header("Header2", "value1")
        .header("Header2", "value2")
        .header("User-Agent", "user-agent")
        .body("Hello from Lambda!", "text/plain")
        .sourceIp("192.0.2.1")
        .send();
    JsonNode event = functions.last("fn");

    assertThat(RestEventTest.names(event))
        .containsExactly(
            "version", "resource", "path", "httpMethod", "headers", "multiValueHeaders",
            "queryStringParameters", "multiValueQueryStringParameters", "requestContext",
            "pathParameters", "stageVariables", "body", "isBase64Encoded");
    assertThat(event.get("version").asText()).isEqualTo("1.0");
    assertThat(event.get("resource").asText()).isEqualTo("/my/path");
    assertThat(event.get("path").asText()).isEqualTo("/my/path");
    assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(event.at("/headers/header1").asText()).isEqualTo("value1");
    assertThat(event.at("/headers/header2").asText()).isEqualTo("value2");
    assertThat(event.at("/multiValueHeaders/header1").toString()).isEqualTo("[\"value1\"]");
    assertThat(event.at("/multiValueHeaders/header2").toString())
        .isEqualTo("[\"value1\",\"value2\"]");
    assertThat(event.get("queryStringParameters").toString())
        .isEqualTo("{\"parameter1\":\"value1\",\"parameter2\":\"value\"}");
    assertThat(event.get("multiValueQueryStringParameters").toString())
        .isEqualTo("{\"parameter1\":[\"value1\",\"value2\"],\"parameter2\":[\"value\"]}");
    assertThat(event.get("pathParameters").isNull()).isTrue();
    assertThat(event.get("stageVariables").isNull()).isTrue();
    assertThat(event.get("body").asText()).isEqualTo("Hello from Lambda!");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

    JsonNode context = event.get("requestContext");
    assertThat(RestEventTest.names(context))
        .containsExactly(
            "accountId", "apiId", "authorizer", "domainName", "domainPrefix", "extendedRequestId",
            "httpMethod", "identity", "path", "protocol", "requestId", "requestTime",
            "requestTimeEpoch", "resourceId", "resourcePath", "stage");
    assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
    assertThat(context.get("apiId").asText()).isEqualTo("httpapi123");
    assertThat(context.get("authorizer").toString()).isEqualTo("{\"claims\":null,\"scopes\":null}");
    assertThat(context.get("domainName").asText())
        .isEqualTo("httpapi123.execute-api.us-east-1.amazonaws.com");
    assertThat(context.get("domainPrefix").asText()).isEqualTo("httpapi123");
    assertThat(context.get("extendedRequestId").asText()).isNotEmpty();
    assertThat(context.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(context.get("path").asText()).isEqualTo("/my/path");
    assertThat(context.get("protocol").asText()).isEqualTo("HTTP/1.1");
    assertThat(context.get("requestId").asText()).isNotEmpty();
    assertThat(context.get("requestTime").asText()).isEqualTo("04/Mar/2020:19:15:17 +0000");
    assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(1583349317135L);
    assertThat(context.get("resourceId").isNull()).isTrue();
    assertThat(context.get("resourcePath").asText()).isEqualTo("/my/path");
    assertThat(context.get("stage").asText()).isEqualTo("$default");

    JsonNode identity = context.get("identity");
    assertThat(RestEventTest.names(identity))
        .containsExactly(
            "accessKey", "accountId", "caller", "cognitoAuthenticationProvider",
            "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId",
            "principalOrgId", "sourceIp", "user", "userAgent", "userArn");
    assertThat(identity.get("sourceIp").asText()).isEqualTo("192.0.2.1");
    assertThat(identity.get("userAgent").asText()).isEqualTo("user-agent");
  }

  /** As reported for HTTP APIs on named stages (serverless-http pull request 143). */
  @Test
  void namedStage_isPartOfBothPaths_butNotOfTheResourcePath() {
    fixture.api("staged").get("/hello");
    JsonNode event = functions.last("staged");
    assertThat(event.get("path").asText()).isEqualTo("/dev/hello");
    assertThat(event.at("/requestContext/path").asText()).isEqualTo("/dev/hello");
    assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/hello");
    assertThat(event.at("/requestContext/stage").asText()).isEqualTo("dev");
    assertThat(event.get("stageVariables").toString()).isEqualTo("{\"stageVariable1\":\"value1\"}");
  }

  @Test
  void event_deserialisesIntoTheLambdaEventsType() throws Exception {
    fixture.api("shop").request("GET", "/items/7?a=1&a=2").header("X-H", "1").send();
    APIGatewayProxyRequestEvent event =
        TestFunctions.convert(functions.last("param"), APIGatewayProxyRequestEvent.class);
    assertThat(event.getVersion()).isEqualTo("1.0");
    assertThat(event.getResource()).isEqualTo("/items/{id}");
    assertThat(event.getPathParameters()).containsEntry("id", "7");
    assertThat(event.getQueryStringParameters()).containsEntry("a", "1");
    assertThat(event.getMultiValueQueryStringParameters().get("a")).containsExactly("1", "2");
    assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
  }
}
