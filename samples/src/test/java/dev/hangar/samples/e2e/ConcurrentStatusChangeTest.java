package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two status changes racing on one order: the one whose conditional update (status and version as
 * read) reaches DynamoDB second fails its condition and is answered 409, without overwriting the
 * first. The race is made certain by holding the first request's UpdateItem until the second is done.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class ConcurrentStatusChangeTest {
    private static final AtomicReference<HeldOrderWrites> UPDATES = new AtomicReference<>();

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> {
                HeldOrderWrites updates = new HeldOrderWrites("UpdateItem");
                UPDATES.set(updates);
                return updates;
            })
            .build();

    @Test
    void payingWhileTheOrderIsBeingCancelled_losesTheRace_with409(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        HeldOrderWrites updates = UPDATES.get();
        updates.arm();
        CompletableFuture<GatewayResponse> pay =
                CompletableFuture.supplyAsync(() -> OrdersStack.setStatus(harness, orderId, "PAID", ALICE));
        updates.awaitHeld(); // the payment has read the PENDING order and is writing

        GatewayResponse cancel = OrdersStack.setStatus(harness, orderId, "CANCELLED", ALICE);
        updates.release();
        GatewayResponse paid = pay.get(30, TimeUnit.SECONDS);

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(paid.status()).isEqualTo(409);
        assertThat(paid.json("message"))
                .isEqualTo("Order " + orderId + " was changed by another request; read it again and retry");
        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER")).orElseThrow())
                .containsEntry("status", "CANCELLED");
    }
}
