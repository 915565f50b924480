package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP API JWT authorizers from a template, with the issuer's key set given to the builder;
 * GatewayClient injection and the response and function assertions.
 */
class HangarExtensionJwtTest {
  static final String ISSUER = "https://auth.example.com/";

  @ExtendWith(OnlyInTestKit.class)
  static class SignedTokens {
    static final TestTokens TOKENS = new TestTokens(ISSUER);

    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .template("templates/jwt-app.yaml")
            .clockAt(java.time.Instant.parse("2026-01-01T00:00:00Z"))
            .jwks(ISSUER, TOKENS.jwks())
            .build();

    @Test
    void validTokenWithTheScope_reachesTheFunctionWithItsClaims(
        @Named("Api") GatewayClient api, HarnessClock clock, Lambda lambda) {
      String token = TOKENS.token("ada", "orders-web", "orders/read", clock.now().getEpochSecond());
      GatewayResponse response =
          api.request("GET", "/me").header("Authorization", "Bearer " + token).send();
      assertThat(response).hasStatus(200).hasJsonPath("sub", "ada");
      assertThat(lambda, "WhoAmI").wasInvoked(1).hadColdStarts(1).logged("hello ada").neverFailed();
    }

    @Test
    void tokenWithoutTheRoutesScope_isForbidden(GatewayClient api, HarnessClock clock, Lambda lambda) {
      String token = TOKENS.token("ada", "orders-web", "orders/write", clock.now().getEpochSecond());
      assertThat(api.request("GET", "/me").header("Authorization", "Bearer " + token).send())
          .hasStatus(403);
      assertThat(lambda, "WhoAmI").wasNotInvoked();
    }

    @Test
    void missingToken_isUnauthorized(GatewayClient api) {
      assertThat(api.get("/me")).hasStatus(401).hasJsonPath("message", "Unauthorized");
    }

    @Test
    void failedAssertions_showExpectedAndActual(GatewayClient api, Lambda lambda) {
      GatewayResponse response = api.get("/me");
      assertThatThrownBy(() -> assertThat(response).hasStatus(200))
          .hasMessage(
              String.format("Expected status <200> but was <401>; body:%n%s", response.body()));
      assertThatThrownBy(() -> assertThat(lambda, "WhoAmI").wasInvoked(1))
          .hasMessage("Expected function <WhoAmI> to be invoked <1> times but it was invoked <0>"
              + " times: none");
      assertThatThrownBy(() -> assertThat(lambda, "Nope").wasInvoked(1))
          .hasMessageStartingWith(
              "Expected a function named <Nope> (a function name, or a template function's"
                  + " logical id) but the harness has [hangar-WhoAmI-");
    }
  }

  @Test
  void jwtAuthorizerFromTemplate_acceptsTokensSignedByTheGivenKeySet() {
    Fixtures.assertPassed(Fixtures.run(SignedTokens.class), 4);
  }
}
