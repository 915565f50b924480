package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.BOB_FULFILMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warehouse's pick list: {@code PickListFunction} reads a batch of orders with one BatchGetItem
 * (strongly consistent, {@code ReturnConsumedCapacity=TOTAL}) and logs what the read cost.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class PickListTest {

    private static GatewayResponse pickList(Harness harness, String orderIds, String authorization) {
        return OrdersStack.send(harness, "GET", "/pick-list?orderIds=" + orderIds, authorization, null);
    }

    @Test
    void pickList_addsUpThePaidOrdersLines_andListsTheOthersApart(Harness harness, Lambda lambda) {
        String first = OrdersStack.placeOrder(harness);
        String second = OrdersStack.placeOrder(harness);
        String unpaid = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, first, "PAID", ALICE)).hasStatus(200);
        assertThat(OrdersStack.setStatus(harness, second, "PAID", ALICE)).hasStatus(200);

        GatewayResponse response = pickList(harness, String.join(",", first, second, unpaid, "no-such-order"),
                BOB_FULFILMENT);

        assertThat(response)
                .hasStatus(200)
                .hasJsonPath("orders", List.of(first, second).stream().sorted().toList())
                .hasJsonPath("notPaid", List.of(unpaid))
                .hasJsonPath("notFound", List.of("no-such-order"))
                .hasJsonPath("lines[0].sku", "BOOK-1")
                .hasJsonPath("lines[0].quantity", 4)
                .hasJsonPath("lines[1].sku", "BOOK-2")
                .hasJsonPath("lines[1].quantity", 2);
        assertThat((List<?>) response.json("lines")).hasSize(2);
        // Four strongly consistent reads of items under 4 KB: one read capacity unit each, the
        // missing order included (DynamoDB Developer Guide, "DynamoDB read consumption": a read of
        // an item that does not exist still consumes read capacity).
        assertThat(lambda, "PickListFunction").wasInvoked(1).neverFailed()
                .logged("Pick list of 4 orders read with 4.0 read capacity units");
    }

    @Test
    void pickList_isForFulfilmentStaffOnly(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);

        assertThat(pickList(harness, orderId, ALICE))
                .hasStatus(403)
                .hasJsonPath("message", "Pick lists require the orders:fulfil scope");
    }

    @Test
    void pickList_ofMoreThanBatchGetItemsHundredKeys_isRefusedBeforeAnyRead(Harness harness, Lambda lambda) {
        StringBuilder ids = new StringBuilder("order-0");
        for (int i = 1; i <= 100; i++) {
            ids.append(",order-").append(i);
        }

        assertThat(pickList(harness, ids.toString(), BOB_FULFILMENT)).hasStatus(400);
        assertThat(lambda, "PickListFunction").wasInvoked(1).neverFailed();
    }
}
