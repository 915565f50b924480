package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.api.GetOrderHandler;
import dev.hangar.samples.orders.auth.TokenAuthorizerHandler;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * APIs imported from OpenAPI documents with API Gateway's {@code x-amazon-apigateway-integration}
 * and {@code x-amazon-apigateway-authorizer} extensions, as a team that keeps its API in OpenAPI
 * declares it: the back office's REST API from YAML in a string (the service's token authorizer and
 * order handler), and a storefront HTTP API from a JSON file (a simple-response authorizer and a
 * {@code $default} route).
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OpenApiImportTest {
    private static final String BACK_OFFICE = """
            openapi: 3.0.1
            info: {title: back-office, version: '1.0'}
            paths:
              /orders/{orderId}:
                get:
                  security:
                    - token: []
                  x-amazon-apigateway-integration:
                    type: aws_proxy
                    httpMethod: POST
                    uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:back-office-get-order/invocations
            components:
              securitySchemes:
                token:
                  type: apiKey
                  name: Authorization
                  in: header
                  x-amazon-apigateway-authtype: custom
                  x-amazon-apigateway-authorizer:
                    type: token
                    authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:back-office-authorizer/invocations
                    authorizerResultTtlInSeconds: 300
            """;

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> FakeGateway.of(
                    ApiDefinition.rest("back-office").stage("dev").openApi(BACK_OFFICE).build(),
                    ApiDefinition.http("storefront").openApi(resource("/openapi/storefront.json")).build()))
            .build();

    private static Path resource(String name) {
        try {
            return Path.of(OpenApiImportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void deployTheFunctions(Harness harness) {
        harness.lambda().register(FunctionDefinition.builder("back-office-authorizer")
                .handler(TokenAuthorizerHandler.class).environment("TABLE_NAME", "orders-dev").build());
        harness.lambda().register(FunctionDefinition.builder("back-office-get-order")
                .handler(GetOrderHandler.class).environment("TABLE_NAME", "orders-dev").build());
        harness.lambda().register(FunctionDefinition.builder("storefront-echo").handler(RouteEchoHandler.class).build());
        harness.lambda().register(FunctionDefinition.builder("storefront-authorizer")
                .handler(SimpleResponseAuthorizer.class).build());
    }

    private static GatewayClient api(Harness harness, String name) {
        return harness.service(FakeGateway.class).api(name);
    }

    @Test
    void aRestApiFromYaml_runsItsTokenAuthorizer_andItsLambdaProxyIntegration(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(Map.ofEntries(Map.entry("pk", "ORDER#o-7"), Map.entry("sk", "ORDER"), Map.entry("orderId", "o-7"),
                Map.entry("customerId", "bob"), Map.entry("status", "PAID"), Map.entry("currency", "EUR"),
                Map.entry("lines", List.of()), Map.entry("totalCents", 0), Map.entry("version", 2),
                Map.entry("createdAt", "2026-11-02T09:00:00Z"), Map.entry("updatedAt", "2026-11-02T09:00:00Z")));

        assertThat(api(harness, "back-office").request("GET", "/orders/o-7")
                .header("Authorization", OrdersStack.BOB_FULFILMENT).send())
                .hasStatus(200).hasJsonPath("orderId", "o-7");
        assertThat(api(harness, "back-office").get("/orders/o-7"))
                .hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(api(harness, "back-office").get("/customers/bob"))
                .hasStatus(403).hasBody("{\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void anHttpApiFromAJsonFile_hasItsSimpleAuthorizer_andItsDefaultRoute(Harness harness) {
        assertThat(api(harness, "storefront").request("GET", "/me").header("Authorization", "Bearer storefront-alice").send())
                .hasStatus(200).hasJsonPath("routeKey", "GET /me").hasJsonPath("customerId", "alice");
        assertThat(api(harness, "storefront").get("/me")).hasStatus(401);
        assertThat(api(harness, "storefront").request("DELETE", "/basket").send())
                .hasStatus(200).hasJsonPath("routeKey", "$default");
    }

    @Test
    void anIntegrationHangarCannotRun_isRefusedAtImport_namingTheRoute() {
        String httpProxy = BACK_OFFICE.replace("type: aws_proxy", "type: http_proxy");

        assertThatThrownBy(() -> ApiDefinition.rest("back-office").openApi(httpProxy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OpenAPI route GET /orders/{orderId}: integration type 'http_proxy' is not supported by"
                        + " Hangar (only aws_proxy, the Lambda proxy integration)");
    }
}
