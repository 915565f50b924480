package dev.hangar.samples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.InvocationRecord;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.samples.orders.api.ListMyOrdersHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTTP API's JWT authorizer ({@code OrdersJwtAuthorizer}: issuer, audience, scope {@code
 * orders/read} on {@code GET /me/orders}), with an RSA key made here and served as the issuer's key
 * set. Every rejected token is refused by API Gateway without invoking the function.
 */
class JwtHttpApiTest {
    private static final String ISSUER = "https://auth.example.com/";
    private static final String AUDIENCE = "orders-web";
    private static final TestIssuer ISSUER_KEY = TestIssuer.withNewKey("test-key");
    private static final TestIssuer OTHER_KEY = TestIssuer.withNewKey("test-key");

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks(ISSUER, ISSUER_KEY.jwks())
            .build();

    private static GatewayResponse listMyOrders(GatewayClient api, String jwt) {
        return api.request("GET", "/me/orders").header("Authorization", "Bearer " + jwt).send();
    }

    private static String token(TestIssuer key, String issuer, String audience, String scope, Instant expires) {
        return key.token(issuer, audience, "alice", scope, expires.minus(Duration.ofHours(1)), expires);
    }

    private static String valid(HarnessClock clock) {
        return token(ISSUER_KEY, ISSUER, AUDIENCE, "orders/read", clock.now().plus(Duration.ofMinutes(10)));
    }

    private static List<InvocationRecord> functionCalls(Harness harness) {
        return OrdersStack.invocations(harness, ListMyOrdersHandler.class);
    }

    @Test
    void validToken_is200_andTheFunctionSeesItsClaims(
            Harness harness, HarnessClock clock, @Named("OrdersHttpApi") GatewayClient api) {
        GatewayResponse response = listMyOrders(api, valid(clock));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json("customerId")).isEqualTo("alice");
        assertThat(functionCalls(harness)).singleElement().satisfies(invocation -> assertThat(invocation.requestPayload())
                .contains("\"sub\":\"alice\"")
                .contains("\"iss\":\"" + ISSUER + "\""));
    }

    @Test
    void wrongIssuer_wrongAudience_badSignature_are401_andTheFunctionNeverRuns(
            Harness harness, HarnessClock clock, @Named("OrdersHttpApi") GatewayClient api) {
        Instant later = clock.now().plus(Duration.ofMinutes(10));
        List<String> rejected = List.of(
                token(ISSUER_KEY, "https://evil.example.com/", AUDIENCE, "orders/read", later),
                token(ISSUER_KEY, ISSUER, "someone-else", "orders/read", later),
                token(OTHER_KEY, ISSUER, AUDIENCE, "orders/read", later),
                "not-a-jwt");

        for (String jwt : rejected) {
            GatewayResponse response = listMyOrders(api, jwt);
            assertThat(response.status()).as("for %s", jwt).isEqualTo(401);
        }
        assertThat(functionCalls(harness)).isEmpty();
    }

    @Test
    void expiredToken_is401_onceTheHarnessClockPassesItsExp(
            Harness harness, HarnessClock clock, @Named("OrdersHttpApi") GatewayClient api) {
        String jwt = valid(clock);

        clock.advance(Duration.ofMinutes(11));
        GatewayResponse response = listMyOrders(api, jwt);

        assertThat(response.status()).isEqualTo(401);
        assertThat(functionCalls(harness)).isEmpty();
    }

    @Test
    void tokenWithoutTheRouteScope_is403_andTheFunctionNeverRuns(
            Harness harness, HarnessClock clock, @Named("OrdersHttpApi") GatewayClient api) {
        String jwt = token(ISSUER_KEY, ISSUER, AUDIENCE, "profile", clock.now().plus(Duration.ofMinutes(10)));

        GatewayResponse response = listMyOrders(api, jwt);

        assertThat(response.status()).isEqualTo(403);
        assertThat(functionCalls(harness)).isEmpty();
    }

    @Test
    void missingAuthorizationHeader_is401(Harness harness, @Named("OrdersHttpApi") GatewayClient api) {
        assertThat(api.get("/me/orders").status()).isEqualTo(401);
        assertThat(functionCalls(harness)).isEmpty();
    }
}
