package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** APIs declared by OpenAPI documents with API Gateway's extensions. */
class OpenApiTest {
  private static final String REST_DOCUMENT =
      """
      {
        "openapi": "3.0.1",
        "x-amazon-apigateway-binary-media-types": ["image/png"],
        "paths": {
          "/orders/{id}": {
            "get": {
              "security": [{"tokenAuth": []}],
              "x-amazon-apigateway-integration": {
                "type": "aws_proxy", "httpMethod": "POST",
                "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:getOrder/invocations"
              }
            }
          },
          "/{proxy+}": {
            "x-amazon-apigateway-any-method": {
              "security": [{"api_key": []}],
              "x-amazon-apigateway-integration": {
                "type": "AWS_PROXY", "httpMethod": "POST",
                "uri": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${CatchAll.Arn}/invocations"
              }
            }
          }
        },
        "components": {
          "securitySchemes": {
            "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
            "tokenAuth": {
              "type": "apiKey", "name": "Authorization", "in": "header",
              "x-amazon-apigateway-authtype": "custom",
              "x-amazon-apigateway-authorizer": {
                "type": "token",
                "authorizerUri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations",
                "authorizerResultTtlInSeconds": 0
              }
            }
          }
        }
      }
      """;

  private final TestFunctions functions =
      new TestFunctions()
          .ok("getOrder", "order")
          .ok("CatchAll", "catch-all")
          .json(
              "auth",
              event ->
                  Map.of(
                      "principalId", "p",
                      "policyDocument",
                          Map.of(
                              "Statement",
                              Map.of(
                                  "Effect",
                                  event.get("authorizationToken").asText().equals("good") ? "Allow" : "Deny",
                                  "Action", "execute-api:Invoke",
                                  "Resource", "*"))));
  private Fixture fixture;

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void restDocument_routesSecuresAndBinds() {
    fixture =
        new Fixture(
            functions,
            ApiDefinition.rest("orders")
                .openApi(REST_DOCUMENT)
                .usagePlan(UsagePlan.named("p").apiKey("k", "key-0123456789abcdefghij"))
                .build());
    GatewayClient api = fixture.api("orders");
    assertThat(api.request("GET", "/orders/1").header("Authorization", "good").send().body()).isEqualTo("order");
    assertThat(api.request("GET", "/orders/1").header("Authorization", "bad").send().status()).isEqualTo(403);
    assertThat(api.request("DELETE", "/x/y").header("x-api-key", "key-0123456789abcdefghij").send().body())
        .isEqualTo("catch-all");
    assertThat(api.request("DELETE", "/x/y").send().status()).isEqualTo(403);
    assertThat(functions.last("getOrder").get("resource").asText()).isEqualTo("/orders/{id}");
  }

  @Test
  void unsupportedIntegration_isNamed() {
    String mock =
        "{\"paths\":{\"/a\":{\"get\":{\"x-amazon-apigateway-integration\":{\"type\":\"mock\"}}}}}";
    assertThatThrownBy(() -> ApiDefinition.rest("r").openApi(mock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OpenAPI route GET /a: integration type 'mock' is not supported by Hangar (only aws_proxy,"
                + " the Lambda proxy integration)");
  }

  @Test
  void httpDocument_withJwtSchemeDeclaredByTheTest() {
    String document =
        """
        {"openapi":"3.0.1","paths":{"/me":{"get":{
          "security":[{"jwt":["profile"]}],
          "x-amazon-apigateway-integration":{"type":"aws_proxy","payloadFormatVersion":"2.0",
            "uri":"arn:aws:lambda:us-east-1:123456789012:function:getOrder"}}}},
         "components":{"securitySchemes":{"jwt":{"type":"oauth2",
           "x-amazon-apigateway-authorizer":{"type":"jwt","identitySource":"$request.header.Authorization",
             "jwtConfiguration":{"issuer":"https://i","audience":["a"]}}}}}}
        """;
    fixture =
        new Fixture(
            functions,
            ApiDefinition.http("me")
                .openApi(document)
                .authorizer(Authorizer.jwt("jwt", "https://i", Tokens.jwks(), "a"))
                .build());
    long now = Fixture.START.getEpochSecond();
    String token =
        Tokens.rs256("{\"iss\":\"https://i\",\"aud\":\"a\",\"exp\":" + (now + 60) + ",\"scope\":\"profile\"}");
    assertThat(fixture.api("me").request("GET", "/me").header("Authorization", token).send().status())
        .isEqualTo(200);
    assertThat(fixture.api("me").get("/me").status()).isEqualTo(401);
  }
}
