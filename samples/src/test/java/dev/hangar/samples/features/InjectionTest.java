package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.ContentDigest;
import dev.hangar.samples.orders.store.ApiTokenRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * Two injectable parameters no other sample takes: a {@code DynamoDbEnhancedClient} (the SDK's
 * object mapper, on the harness) and the {@code FakeGateway} serving the template's APIs. An
 * operator's tool issues and revokes an API token with the service's own {@code ApiTokenRecord}
 * bean; the REST API's authorizer accepts the new token, and refuses it once revoked when its cached
 * policy expires.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class InjectionTest {
    private static final String TOKEN = "erin-writes-orders";

    private static DynamoDbTable<ApiTokenRecord> tokens(DynamoDbEnhancedClient enhanced) {
        return enhanced.table("orders-dev", TableSchema.fromBean(ApiTokenRecord.class));
    }

    @Test
    void aTokenIssuedWithTheEnhancedClient_isAcceptedByTheRestApi_andRefusedAfterRevocationOnceTheCachedPolicyExpires(
            DynamoDbEnhancedClient enhanced, FakeGateway gateway, HarnessClock clock) {
        ApiTokenRecord erin = new ApiTokenRecord();
        erin.setPk("TOKEN#" + ContentDigest.sha256Hex(TOKEN));
        erin.setSk(ApiTokenRecord.SK);
        erin.setCustomerId("erin");
        erin.setScopes("orders:write");
        tokens(enhanced).putItem(erin);

        var placed = gateway.api("OrdersRestApi").request("POST", "/orders").header("Authorization", "Bearer " + TOKEN)
                .body(OrdersStack.TWO_BOOKS, "application/json").send();

        assertThat(placed).hasStatus(201).hasJsonPath("customerId", "erin");

        ApiTokenRecord stored = tokens(enhanced).getItem(Key.builder().partitionValue(erin.getPk()).sortValue("TOKEN").build());
        stored.setRevoked(true);
        tokens(enhanced).updateItem(stored);

        // The authorizer's policy for this token is cached for the template's ReauthorizeEvery (300 s).
        var cached = gateway.api("OrdersRestApi").request("GET", "/orders/" + placed.json("orderId"))
                .header("Authorization", "Bearer " + TOKEN).send();
        clock.advance(Duration.ofSeconds(300));
        var reauthorized = gateway.api("OrdersRestApi").request("GET", "/orders/" + placed.json("orderId"))
                .header("Authorization", "Bearer " + TOKEN).send();

        assertThat(cached).hasStatus(200);
        assertThat(reauthorized).hasStatus(403);
        assertThat(tokens(enhanced).getItem(stored).isRevoked()).isTrue();
    }
}
