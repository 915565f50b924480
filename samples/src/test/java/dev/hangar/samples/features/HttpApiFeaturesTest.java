package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.Route;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.api.GetOrderHandler;
import dev.hangar.samples.orders.auth.TokenAuthorizerHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP API features the template's HTTP API does not use, declared in code beside the order
 * service: a {@code $default} route on the {@code $default} stage; a Lambda authorizer with simple
 * responses; payload format 1.0, under which the REST API's own handlers and token authorizer (IAM
 * policies) run unchanged behind an HTTP API;. API Gateway's own error answers are in {@code
 * ApiGatewayErrorsTest}.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class HttpApiFeaturesTest {
    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> FakeGateway.of(
                    ApiDefinition.http("storefront")
                            .authorizer(Authorizer.httpLambda("simple", "storefront-authorizer"))
                            .route("GET /health", "storefront-echo")
                            .route(Route.of("GET /me", "storefront-echo").authorizer("simple"))
                            .route("$default", "storefront-echo")
                            .build(),
                    ApiDefinition.http("orders-v1")
                            .payloadFormatVersion("1.0")
                            .authorizer(Authorizer.httpLambda("token", "v1-token-authorizer").payloadFormatVersion("1.0"))
                            .route(Route.of("GET /orders/{orderId}", "v1-get-order").authorizer("token"))
                            .build()))
            .build();

    @BeforeEach
    void deployTheFunctions(Harness harness) {
        harness.lambda().register(FunctionDefinition.builder("storefront-echo").handler(RouteEchoHandler.class).build());
        harness.lambda().register(FunctionDefinition.builder("storefront-authorizer")
                .handler(SimpleResponseAuthorizer.class).build());
        harness.lambda().register(FunctionDefinition.builder("v1-token-authorizer")
                .handler(TokenAuthorizerHandler.class).environment("TABLE_NAME", "orders-dev").build());
        harness.lambda().register(FunctionDefinition.builder("v1-get-order")
                .handler(GetOrderHandler.class).environment("TABLE_NAME", "orders-dev").build());
    }

    private static GatewayClient api(Harness harness, String name) {
        return harness.service(FakeGateway.class).api(name);
    }

    @Test
    void aPathNoRouteMatches_goesToTheDefaultRoute_onTheDefaultStage(Harness harness) {
        var response = api(harness, "storefront").get("/catalogue/books");

        assertThat(response).hasStatus(200)
                .hasJsonPath("routeKey", "$default")
                .hasJsonPath("rawPath", "/catalogue/books")
                .hasJsonPath("stage", "$default");
        assertThat(api(harness, "storefront").get("/health")).hasStatus(200).hasJsonPath("routeKey", "GET /health");
    }

    @Test
    void aSimpleResponseAuthorizer_passesItsContext_orDenies403(Harness harness) {
        var allowed = api(harness, "storefront").request("GET", "/me").header("Authorization", "Bearer storefront-alice").send();
        var denied = api(harness, "storefront").request("GET", "/me").header("Authorization", "Bearer mallory").send();
        var missing = api(harness, "storefront").get("/me");

        assertThat(allowed).hasStatus(200).hasJsonPath("customerId", "alice");
        assertThat(denied).hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
        assertThat(missing).hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void payloadFormat10_runsTheRestHandlerAndItsIamPolicyAuthorizer_behindAnHttpApi(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(Map.ofEntries(Map.entry("pk", "ORDER#o-7"), Map.entry("sk", "ORDER"), Map.entry("orderId", "o-7"),
                Map.entry("customerId", "alice"), Map.entry("status", "PAID"), Map.entry("currency", "EUR"),
                Map.entry("lines", List.of()), Map.entry("totalCents", 0), Map.entry("version", 2),
                Map.entry("createdAt", "2026-11-02T09:00:00Z"), Map.entry("updatedAt", "2026-11-02T09:00:00Z")));

        var alice = api(harness, "orders-v1").request("GET", "/orders/o-7").header("Authorization", OrdersStack.ALICE).send();
        var carol = api(harness, "orders-v1").request("GET", "/orders/o-7")
                .header("Authorization", OrdersStack.CAROL_REVOKED).send();

        assertThat(alice).hasStatus(200).hasJsonPath("orderId", "o-7").hasJsonPath("status", "PAID");
        assertThat(carol).hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
    }
}
