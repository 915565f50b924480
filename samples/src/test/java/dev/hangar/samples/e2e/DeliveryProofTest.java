package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.BOB_FULFILMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.HarnessLifecycle;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.api.DeliveryProofHandler;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /orders/{orderId}/delivery-proof}: fulfilment staff upload the courier's photo. Images are
 * among the API's {@code BinaryMediaTypes}, so API Gateway hands the function the body base64-encoded
 * and the exact bytes end up in the table as a binary attribute.
 *
 * <p>One harness serves the whole class ({@code PER_CLASS_WITH_RESET}): before each test the table is
 * recreated and seeded again while the functions stay warm, which is cheaper than a harness per test.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS,
        lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class DeliveryProofTest {
    /** The start of a PNG file, then bytes that are not valid UTF-8. */
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
            (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, 0x7F};

    private static GatewayResponse upload(Harness harness, String orderId, String authorization, byte[] image,
            String contentType) {
        return OrdersStack.restApi(harness).request("PUT", "/orders/" + orderId + "/delivery-proof")
                .header("Authorization", authorization)
                .body(image, contentType)
                .send();
    }

    @Test
    void photo_isStoredByteForByte_asABinaryAttribute(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        GatewayResponse response = upload(harness, orderId, BOB_FULFILMENT, PHOTO, "image/png");

        assertThat(response).hasStatus(201).hasJsonPath("bytes", PHOTO.length).hasJsonPath("contentType", "image/png");
        Map<String, Object> proof = orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "DELIVERY_PROOF")).orElseThrow();
        assertThat((byte[]) proof.get("image")).isEqualTo(PHOTO);
        assertThat(proof).containsEntry("uploadedBy", "bob").containsEntry("contentType", "image/png");
    }

    @Test
    void customersMayNotUpload_403(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);

        assertThat(upload(harness, orderId, ALICE, PHOTO, "image/png"))
                .hasStatus(403)
                .hasJsonPath("message", "Uploading a delivery proof needs the orders:fulfil scope");
    }

    @Test
    void somethingOtherThanAnImage_is415(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);

        assertThat(upload(harness, orderId, BOB_FULFILMENT, "not a photo".getBytes(), "text/plain"))
                .hasStatus(415);
        assertThat(upload(harness, orderId, BOB_FULFILMENT, PHOTO, "image/jpeg")).hasStatus(415);
    }

    @Test
    void imageOverTheLimit_is413(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        byte[] large = Arrays.copyOf(PHOTO, DeliveryProofHandler.MAX_BYTES + 1);

        assertThat(upload(harness, orderId, BOB_FULFILMENT, large, "image/png"))
                .hasStatus(413)
                .hasJsonPath("message", "The delivery proof is 262145 bytes; the limit is 262144");
    }
}
