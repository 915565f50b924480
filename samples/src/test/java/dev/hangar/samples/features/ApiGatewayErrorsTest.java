package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import org.junit.jupiter.api.Test;

/**
 * What API Gateway itself answers, before any function runs, on the template's two APIs: a path no
 * resource or route takes (403 {@code Missing Authentication Token} on the REST API, 404 {@code Not
 * Found} on the HTTP API), and a body over API Gateway's 10 MB payload quota (413, in each API type's
 * own shape).
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
class ApiGatewayErrorsTest {
    private static final byte[] OVER_TEN_MEGABYTES = new byte[10 * 1024 * 1024 + 1];

    @Test
    void theRestApi_answersAPathWithoutAResource_with403MissingAuthenticationToken(Harness harness) {
        assertThat(OrdersStack.restApi(harness).get("/customers/alice"))
                .hasStatus(403)
                .hasHeader("x-amzn-ErrorType", "MissingAuthenticationTokenException")
                .hasBody("{\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void theHttpApi_answersAPathWithoutARoute_with404NotFound(Harness harness) {
        assertThat(harness.service(FakeGateway.class).api("OrdersHttpApi").get("/customers/alice"))
                .hasStatus(404)
                .hasBody("{\"message\":\"Not Found\"}");
    }

    @Test
    void theRestApi_answersABodyOver10Megabytes_with413InPlainText(Harness harness) {
        var response = OrdersStack.restApi(harness).request("POST", "/orders").header("Authorization", OrdersStack.ALICE)
                .body(OVER_TEN_MEGABYTES, "application/json").send();

        assertThat(response).hasStatus(413).hasBody("HTTP content length exceeded 10485760 bytes.");
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void theHttpApi_answersABodyOver10Megabytes_with413RequestEntityTooLarge(Harness harness) {
        var response = harness.service(FakeGateway.class).api("OrdersHttpApi").request("POST", "/me/orders")
                .body(OVER_TEN_MEGABYTES, "application/json").send();

        assertThat(response).hasStatus(413).hasBody("{\"message\":\"Request Entity Too Large\"}");
    }
}
