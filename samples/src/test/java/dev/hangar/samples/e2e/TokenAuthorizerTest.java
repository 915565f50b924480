package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.ALICE_READ_ONLY;
import static dev.hangar.samples.e2e.OrdersStack.CAROL_REVOKED;
import static dev.hangar.samples.e2e.OrdersStack.DAVE_EXPIRED;
import static dev.hangar.samples.e2e.OrdersStack.TWO_BOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.ContentDigest;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import dev.hangar.samples.orders.auth.TokenAuthorizerHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REST API's TOKEN authorizer ({@code TokenAuthorizer} in the template): what API Gateway answers
 * for each kind of token, which functions ran, and its result cache ({@code ReauthorizeEvery: 300}).
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class TokenAuthorizerTest {

    private static GatewayResponse placeOrderWith(Harness harness, String authorization) {
        return OrdersStack.send(harness, "POST", "/orders", authorization, TWO_BOOKS);
    }

    @Test
    void noAuthorizationHeader_is401_withoutInvokingTheAuthorizer(Harness harness) {
        GatewayResponse response = placeOrderWith(harness, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json("message")).isEqualTo("Unauthorized");
        assertThat(OrdersStack.invocations(harness, TokenAuthorizerHandler.class)).isEmpty();
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void malformedAuthorizationHeader_is401(Harness harness) {
        GatewayResponse response = placeOrderWith(harness, "Basic YWxpY2U6c2VjcmV0");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json("message")).isEqualTo("Unauthorized");
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void unknownToken_is401(Harness harness) {
        GatewayResponse response = placeOrderWith(harness, "Bearer never-issued");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json("message")).isEqualTo("Unauthorized");
        assertThat(OrdersStack.invocations(harness, TokenAuthorizerHandler.class)).hasSize(1);
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void expiredToken_is401(Harness harness) {
        GatewayResponse response = placeOrderWith(harness, DAVE_EXPIRED);

        assertThat(response.status()).isEqualTo(401);
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void revokedToken_is403_anExplicitDeny(Harness harness) {
        GatewayResponse response = placeOrderWith(harness, CAROL_REVOKED);

        assertThat(response.status()).isEqualTo(403);
        // The fake answers with the wording of today's IAM messages ("... in an identity-based policy").
        assertThat(response.json("Message")).asString()
                .startsWith("User is not authorized to access this resource with an explicit deny");
        assertThat(OrdersStack.invocations(harness, TokenAuthorizerHandler.class))
                .singleElement()
                .satisfies(invocation -> assertThat(invocation.log()).contains("Denied a revoked token of carol"));
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void readOnlyToken_mayRead_butPostingIs403_andTheCreateFunctionNeverRuns(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        harness.lambda().clearRecords();

        GatewayResponse read = OrdersStack.send(harness, "GET", "/orders/" + orderId, ALICE_READ_ONLY, null);
        GatewayResponse write = placeOrderWith(harness, ALICE_READ_ONLY);

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json("Message")).isEqualTo("User is not authorized to access this resource");
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).isEmpty();
    }

    @Test
    void revokingAToken_takesEffectWhenTheCachedPolicyExpires(
            Harness harness, HarnessClock clock, @Named(OrdersStack.TABLE) DynamoTable orders) {
        assertThat(placeOrderWith(harness, ALICE).status()).isEqualTo(201);
        revoke(orders, "alice-writes-orders");

        clock.advance(Duration.ofSeconds(299));
        GatewayResponse cached = placeOrderWith(harness, ALICE);
        clock.advance(Duration.ofSeconds(2));
        GatewayResponse reauthorized = placeOrderWith(harness, ALICE);

        assertThat(cached.status()).isEqualTo(201);
        assertThat(reauthorized.status()).isEqualTo(403);
        assertThat(OrdersStack.invocations(harness, TokenAuthorizerHandler.class)).hasSize(2);
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).hasSize(2);
    }

    private static void revoke(DynamoTable orders, String token) {
        Map<String, Object> key = Map.of("pk", "TOKEN#" + ContentDigest.sha256Hex(token), "sk", "TOKEN");
        Map<String, Object> item = new HashMap<>(orders.item(key).orElseThrow());
        item.put("revoked", true);
        orders.put(item);
    }
}
