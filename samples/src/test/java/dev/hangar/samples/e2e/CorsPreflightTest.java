package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.HarnessLifecycle;
import dev.hangar.junit.Named;
import org.junit.jupiter.api.Test;

/**
 * Browsers' CORS preflights, answered by API Gateway itself from the template's configuration: the
 * REST API's {@code Cors} (the back-office app's origin; SAM adds an {@code OPTIONS} method that
 * needs no token, as {@code AddDefaultAuthorizerToCorsPreflight: false} says) and the HTTP API's
 * built-in {@code CorsConfiguration} (the web shop's origin). No function runs for a preflight.
 *
 * <p>One harness serves the whole class ({@code PER_CLASS_WITH_RESET}), reset before each test.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS,
        lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
class CorsPreflightTest {

    private static GatewayResponse preflight(GatewayClient api, String path, String origin, String method,
            String headers) {
        return api.request("OPTIONS", path)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .send();
    }

    @Test
    void restPreflight_fromTheBackOffice_isAnsweredWithoutAToken(
            @Named("OrdersRestApi") GatewayClient api, Lambda lambda) {
        GatewayResponse response = preflight(api, "/orders/1234/status", "https://backoffice.example.com", "PUT",
                "authorization,content-type");

        assertThat(response)
                .hasStatus(200)
                .hasHeader("Access-Control-Allow-Origin", "https://backoffice.example.com")
                .hasHeader("Access-Control-Allow-Methods", "GET,POST,PUT,OPTIONS")
                .hasHeader("Access-Control-Allow-Headers", "Authorization,Content-Type,Idempotency-Key");
        assertThat(lambda, "TokenAuthorizerFunction").wasNotInvoked();
        assertThat(lambda, "UpdateOrderStatusFunction").wasNotInvoked();
    }

    @Test
    void httpApiPreflight_fromTheWebShop_isAnsweredByTheBuiltInCors(
            @Named("OrdersHttpApi") GatewayClient api, Lambda lambda) {
        GatewayResponse response = preflight(api, "/me/orders", "http://localhost:5173", "GET", "authorization");

        assertThat(response)
                .hasStatus(204)
                .hasHeader("Access-Control-Allow-Origin", "http://localhost:5173")
                .hasHeader("Access-Control-Allow-Methods", "GET")
                .hasHeader("Access-Control-Allow-Headers", "authorization")
                .hasHeader("Access-Control-Max-Age", "600");
        assertThat(lambda, "ListMyOrdersFunction").wasNotInvoked();
    }

    @Test
    void httpApiPreflight_fromAnotherOrigin_getsNoCorsHeaders(@Named("OrdersHttpApi") GatewayClient api) {
        GatewayResponse response = preflight(api, "/me/orders", "https://evil.example.net", "GET", "authorization");

        assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
