package dev.hangar.samples.e2e;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.InvocationRecord;
import java.util.List;

/**
 * What the end-to-end tests know about the deployed stack: which template they load, the seeded API
 * tokens, and how to reach the stack's APIs and functions by the names the template gives them.
 */
public final class OrdersStack {
    /** The application's own SAM template, as deployed. */
    public static final String TEMPLATE = "template.yaml";
    /**
     * The key set the HTTP API's JWT authorizer trusts for the template's default issuer: a public key
     * whose private half was thrown away, for tests that do not sign tokens. Tests that do sign
     * their own (see {@code JwtHttpApiTest}) register a key made in the test instead.
     */
    public static final String JWKS = "https://auth.example.com/=auth-example-jwks.json";
    /** The same key set as a document, for {@code HangarExtension.builder().jwks(issuer, document)}. */
    public static final String JWKS_DOCUMENT = readResource("/auth-example-jwks.json");
    /** The API tokens seeded by {@code api-tokens.json}. */
    public static final String TOKENS = "api-tokens.json";
    /** The logical id of the single table. */
    public static final String TABLE = "OrdersTable";

    /** Alice may place orders and pay or cancel her own. */
    public static final String ALICE = "Bearer alice-writes-orders";
    /** Alice's read-only token. */
    public static final String ALICE_READ_ONLY = "Bearer alice-reads-orders";
    /** Bob writes, and ships as fulfilment staff. */
    public static final String BOB_FULFILMENT = "Bearer bob-writes-orders";
    /** Carol's token was revoked. */
    public static final String CAROL_REVOKED = "Bearer carol-was-revoked";
    /** Dave's token expired in 2001. */
    public static final String DAVE_EXPIRED = "Bearer dave-has-expired";

    /** A valid order body: two lines, 2 x 1250 + 1 x 499 cents. */
    public static final String TWO_BOOKS = """
            {"currency": "EUR", "lines": [
              {"sku": "BOOK-1", "quantity": 2, "unitPriceCents": 1250},
              {"sku": "BOOK-2", "quantity": 1, "unitPriceCents": 499}]}""";

    private OrdersStack() {
    }

    private static String readResource(String name) {
        try (java.io.InputStream in = OrdersStack.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The REST API ({@code OrdersRestApi}), at its only stage. */
    public static GatewayClient restApi(Harness harness) {
        return harness.service(FakeGateway.class).api("OrdersRestApi");
    }

    /** The physical name CloudFormation gave the function whose handler is this class. */
    public static String function(Harness harness, Class<?> handler) {
        List<String> names = harness.lambda().functions().stream()
                .filter(f -> f.handler().startsWith(handler.getName() + "::"))
                .map(FunctionDefinition::name)
                .toList();
        if (names.size() != 1) {
            throw new IllegalStateException("Expected one function with handler " + handler.getName() + ", found "
                    + names + " among " + harness.lambda().functions());
        }
        return names.get(0);
    }

    /** The completed invocations of the function whose handler is this class. */
    public static List<InvocationRecord> invocations(Harness harness, Class<?> handler) {
        return harness.lambda().invocations(function(harness, handler));
    }

    /** Sends a request with a bearer token (null for none) and, unless null, a JSON body. */
    public static GatewayResponse send(Harness harness, String method, String path, String authorization, String json) {
        GatewayClient.Request request = restApi(harness).request(method, path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.body(json, "application/json");
        }
        return request.send();
    }

    /** Sets an order's status as the holder of a token. */
    public static GatewayResponse setStatus(Harness harness, String orderId, String status, String authorization) {
        return send(harness, "PUT", "/orders/" + orderId + "/status", authorization, "{\"status\": \"" + status + "\"}");
    }

    /** Places {@link #TWO_BOOKS} as Alice and returns the new order's id. */
    public static String placeOrder(Harness harness) {
        GatewayResponse response = send(harness, "POST", "/orders", ALICE, TWO_BOOKS);
        if (response.status() != 201) {
            throw new AssertionError("Placing an order failed: " + response.status() + " " + response.body());
        }
        return (String) response.json("orderId");
    }
}
