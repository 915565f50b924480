package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAPI documents written in YAML, as API Gateway imports them ("Develop REST APIs using OpenAPI
 * in API Gateway"), and what a malformed one gets: a message naming the document or file and the
 * line.
 */
class OpenApiYamlTest {
  private static final String REST_YAML =
      """
      openapi: "3.0.1"
      info:
        title: orders
        version: "2024-02-09"
      x-amazon-apigateway-binary-media-types:
        - image/png
      paths:
        /orders/{id}:
          get:
            parameters:
              - name: id
                in: path
                required: true
                schema:
                  type: string
            security:
              - requestAuth: []
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              passthroughBehavior: when_no_match
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:getOrder/invocations
        /{proxy+}:
          x-amazon-apigateway-any-method:
            x-amazon-apigateway-integration:
              type: AWS_PROXY
              httpMethod: POST
              uri: arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${CatchAll.Arn}/invocations
      components:
        securitySchemes:
          requestAuth:
            type: apiKey
            name: Unused
            in: header
            x-amazon-apigateway-authtype: custom
            x-amazon-apigateway-authorizer:
              type: request
              identitySource: method.request.header.X-Token
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              authorizerResultTtlInSeconds: 0
      """;

  private static final String HTTP_YAML =
      """
      openapi: 3.0.1
      paths:
        /items:
          get:
            security:
              - legacyAuth: []
            x-amazon-apigateway-integration:
              type: aws_proxy
              payloadFormatVersion: "1.0"
              uri: arn:aws:lambda:us-east-1:123456789012:function:getOrder
      components:
        securitySchemes:
          legacyAuth:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authorizer:
              type: request
              identitySource: $request.header.Authorization
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              authorizerPayloadFormatVersion: "1.0"
              authorizerResultTtlInSeconds: 0
      """;

  private final TestFunctions functions =
      new TestFunctions()
          .ok("getOrder", "order")
          .ok("CatchAll", "catch-all")
          .json("auth", OpenApiYamlTest::allowTheMethod);
  private Fixture fixture;

  @TempDir Path directory;

  /** Allows the method the request is for. */
  private static Object allowTheMethod(JsonNode event) {
    return Policies.allow("p", event.get("methodArn").asText());
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void restYaml_withProxyIntegrations_routesToTheFunctionsItNames() {
    fixture = new Fixture(functions, ApiDefinition.rest("orders").openApi(REST_YAML).build());

    GatewayResponse order =
        fixture.api("orders").request("GET", "/orders/7").header("X-Token", "t").send();
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.body()).isEqualTo("order");
    assertThat(functions.last("getOrder").at("/pathParameters/id").asText()).isEqualTo("7");
    assertThat(functions.last("auth").get("type").asText()).isEqualTo("REQUEST");
    assertThat(fixture.api("orders").request("GET", "/orders/7").send().status()).isEqualTo(401);
    assertThat(fixture.api("orders").request("DELETE", "/anything/else").send().body())
        .isEqualTo("catch-all");
    assertThat(fixture.gateway.traces().get(2).routeKey()).isEqualTo("ANY /{proxy+}");
  }

  @Test
  void httpYaml_withA10AuthorizerAnd10Integration_runsBoth() {
    fixture = new Fixture(functions, ApiDefinition.http("items").openApi(HTTP_YAML).build());

    GatewayResponse response =
        fixture.api("items").request("GET", "/items").header("Authorization", "t").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(functions.last("auth").get("version").asText()).isEqualTo("1.0");
    assertThat(functions.last("auth").get("identitySource").asText()).isEqualTo("t");
    assertThat(functions.last("getOrder").get("version").asText()).isEqualTo("1.0");
  }

  @Test
  void yamlFile_isReadAsTheStringIs() throws IOException {
    Path file = directory.resolve("openapi.yaml");
    Files.writeString(file, REST_YAML);
    fixture = new Fixture(functions, ApiDefinition.rest("orders").openApi(file).build());

    assertThat(fixture.api("orders").request("GET", "/orders/1").header("X-Token", "t").send().body())
        .isEqualTo("order");
  }

  @Test
  void malformedYamlFile_isRefused_namingTheFileAndLine() throws IOException {
    Path file = directory.resolve("broken.yaml");
    Files.writeString(
        file,
        """
        openapi: 3.0.1
        paths:
          /orders:
            get:
              x-amazon-apigateway-integration: [unclosed
        """);

    assertThatThrownBy(() -> ApiDefinition.rest("orders").openApi(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The OpenAPI file " + file + " is not valid YAML (line 6, column 1): expected ',' or"
                + " ']', but got <stream end> (while parsing a flow sequence started at line 5,"
                + " column 40)");
  }

  @Test
  void badIndentation_isRefused_withItsLine() {
    String document = "openapi: 3.0.1\npaths:\n  /a:\n    get: {}\n   bad: indentation\n";

    assertThatThrownBy(() -> ApiDefinition.rest("r").openApi(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The OpenAPI document is not valid YAML (line 5, column 4): ");
  }

  @Test
  void malformedJson_isRefused_withItsLine() {
    assertThatThrownBy(() -> ApiDefinition.rest("r").openApi("{\"paths\": {\n  \"/a\": }\n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The OpenAPI document is not valid JSON (line 2, column 9): ");
  }

  @Test
  void yamlThatIsNotAMapping_isRefused() {
    assertThatThrownBy(() -> ApiDefinition.rest("r").openApi("- just\n- a list\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The OpenAPI document is not an OpenAPI document: its top level is not a YAML mapping");
  }

  @Test
  void yamlWithoutPaths_isRefused() {
    assertThatThrownBy(() -> ApiDefinition.rest("r").openApi("openapi: 3.0.1\ninfo:\n  title: x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The OpenAPI document has no \"paths\" object; is it an OpenAPI document?");
  }

  @Test
  void missingFile_isRefused_namingIt() {
    Path missing = directory.resolve("nowhere.yaml");

    assertThatThrownBy(() -> ApiDefinition.rest("orders").openApi(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("API 'orders': cannot read the OpenAPI file " + missing + ": ");
  }

  @Test
  void simpleResponsesWithPayload10_isRefusedByName() {
    String document = HTTP_YAML.replace("authorizerResultTtlInSeconds: 0", "enableSimpleResponses: true");

    assertThatThrownBy(() -> ApiDefinition.http("items").openApi(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OpenAPI security scheme 'legacyAuth': enableSimpleResponses needs"
                + " authorizerPayloadFormatVersion 2.0 (payload format 1.0 authorizers return IAM"
                + " policies)");
  }
}
