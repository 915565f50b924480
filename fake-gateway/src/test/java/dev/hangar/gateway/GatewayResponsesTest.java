package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Customised gateway responses of REST APIs. */
class GatewayResponsesTest {
  private final TestFunctions functions =
      new TestFunctions().json("fn", event -> Map.of("statusCode", 404, "body", "{\"own\":true}"));
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("rest")
              .authorizer(Authorizer.lambdaToken("auth", "fn"))
              .route("GET /mine", "fn")
              .route(Route.of("GET /secure", "fn").authorizer("auth"))
              .gatewayResponse(
                  GatewayResponseType.DEFAULT_4XX,
                  new ApiDefinition.CustomResponse(
                      null, Map.of("Access-Control-Allow-Origin", "'*'"), null))
              .gatewayResponse(
                  GatewayResponseType.UNAUTHORIZED,
                  new ApiDefinition.CustomResponse(
                      401,
                      Map.of("WWW-Authenticate", "'Bearer'"),
                      "{\"error\":$context.error.messageString,\"type\":\"$context.error.responseType\"}"))
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void default4xx_addsHeadersToGatewayErrors() {
    GatewayResponse response = fixture.api("rest").get("/nothing");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
    assertThat(response.header("X-Hangar-Gateway-Response-Type")).isEmpty();
  }

  @Test
  void specificType_winsOverTheDefault_andRendersItsTemplate() {
    GatewayResponse response = fixture.api("rest").get("/secure");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"Unauthorized\",\"type\":\"UNAUTHORIZED\"}");
    assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void functionsOwnErrors_areNotGatewayResponses() {
    GatewayResponse response = fixture.api("rest").get("/mine");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void unsupportedTemplateVariable_isRejected() {
    assertThatThrownBy(
            () -> new ApiDefinition.CustomResponse(null, Map.of(), "{\"ip\":\"$context.identity.sourceIp\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Gateway response template variable $context.identity.sourceIp is not supported");
  }
}
