package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponseType;
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
 * Gateway responses and access logs of a REST API, declared in code rather than in the template (a
 * SAM Api's {@code GatewayResponses} and {@code AccessLogSetting} load from templates too): a
 * back-office API built with {@code ApiDefinition} from the service's own authorizer and order
 * handler, on the service's table, with a JSON 401/403 body for the back office's client and an
 * access-log line per request.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class BackOfficeApiInCodeTest {
    private static final String ACCESS_LOG =
            "$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status"
                    + " $context.authorizer.principalId";
    private static final String ERROR_BODY =
            "{\"error\": \"$context.error.responseType\", \"message\": $context.error.messageString,"
                    + " \"requestId\": \"$context.requestId\"}";

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> FakeGateway.of(ApiDefinition.rest("back-office")
                    .stage("dev")
                    .authorizer(Authorizer.lambdaToken("token", "back-office-authorizer"))
                    .route(Route.of("GET /orders/{orderId}", "back-office-get-order").authorizer("token"))
                    .gatewayResponse(GatewayResponseType.UNAUTHORIZED, new ApiDefinition.CustomResponse(
                            null, Map.of("WWW-Authenticate", "Bearer"), ERROR_BODY))
                    .gatewayResponse(GatewayResponseType.ACCESS_DENIED, new ApiDefinition.CustomResponse(
                            null, Map.of(), ERROR_BODY))
                    .accessLogFormat(ACCESS_LOG)
                    .build()))
            .build();

    @BeforeEach
    void deployTheBackOfficeFunctions(Harness harness) {
        harness.lambda().register(FunctionDefinition.builder("back-office-authorizer")
                .handler(TokenAuthorizerHandler.class).environment("TABLE_NAME", "orders-dev").build());
        harness.lambda().register(FunctionDefinition.builder("back-office-get-order")
                .handler(GetOrderHandler.class).environment("TABLE_NAME", "orders-dev").build());
    }

    private static GatewayClient backOffice(Harness harness) {
        return harness.service(FakeGateway.class).api("back-office");
    }

    @Test
    void noToken_getsTheBackOfficesJson401_withWwwAuthenticate(Harness harness) {
        var response = backOffice(harness).request("GET", "/orders/o-1").send();

        assertThat(response)
                .hasStatus(401)
                .hasHeader("WWW-Authenticate", "Bearer")
                .hasJsonPath("error", "UNAUTHORIZED")
                .hasJsonPath("message", "Unauthorized");
        assertThat((String) response.json("requestId")).isNotBlank();
    }

    @Test
    void aRevokedToken_getsTheBackOfficesJson403(Harness harness) {
        assertThat(backOffice(harness).request("GET", "/orders/o-1").header("Authorization", OrdersStack.CAROL_REVOKED).send())
                .hasStatus(403)
                .hasJsonPath("error", "ACCESS_DENIED")
                .hasJsonPath("message", "User is not authorized to access this resource with an explicit deny in an identity-based policy");
    }

    @Test
    void everyRequest_writesAnAccessLogLine(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(Map.ofEntries(Map.entry("pk", "ORDER#o-7"), Map.entry("sk", "ORDER"), Map.entry("orderId", "o-7"),
                Map.entry("customerId", "bob"), Map.entry("status", "PAID"), Map.entry("currency", "EUR"),
                Map.entry("lines", List.of()), Map.entry("totalCents", 0), Map.entry("version", 2),
                Map.entry("createdAt", "2026-11-02T09:00:00Z"), Map.entry("updatedAt", "2026-11-02T09:00:00Z")));

        var found = backOffice(harness).request("GET", "/orders/o-7").header("Authorization", OrdersStack.BOB_FULFILMENT)
                .sourceIp("203.0.113.7").send();
        backOffice(harness).request("GET", "/orders/o-7").sourceIp("203.0.113.7").send();

        assertThat(found).hasStatus(200).hasJsonPath("orderId", "o-7");
        List<String> log = harness.service(FakeGateway.class).accessLog("back-office");
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).endsWith(" 203.0.113.7 GET /orders/{orderId} 200 bob");
        assertThat(log.get(1)).endsWith(" 203.0.113.7 GET /orders/{orderId} 401 -");
    }
}
