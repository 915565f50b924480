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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /orders/{orderId}/invoice}: a paid order's invoice as PDF bytes. The function reads the
 * order with PartiQL and the payment time through the table's local secondary index {@code byStatus};
 * API Gateway turns its base64 body into bytes because {@code application/pdf} is one of the API's
 * {@code BinaryMediaTypes} and the client accepts it.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class InvoiceTest {

    private static GatewayResponse invoice(Harness harness, String orderId, String authorization, String accept) {
        return OrdersStack.restApi(harness).request("GET", "/orders/" + orderId + "/invoice")
                .header("Authorization", authorization)
                .header("Accept", accept)
                .send();
    }

    private static String paidOrder(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE)).hasStatus(200);
        harness.lambda().eventSources().drain(); // the stream function records the payment in the history
        return orderId;
    }

    @Test
    void paidOrder_hasAPdfInvoice_deliveredAsBytes(Harness harness, Lambda lambda) {
        String orderId = paidOrder(harness);

        GatewayResponse response = invoice(harness, orderId, ALICE, "application/pdf");

        assertThat(response)
                .hasStatus(200)
                .hasHeader("Content-Type", "application/pdf")
                .hasHeader("Content-Disposition", "inline; filename=\"invoice-" + orderId + ".pdf\"");
        String pdf = new String(response.bodyBytes(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n")
                .contains("(Invoice for order " + orderId + ") Tj")
                .contains("(2 x BOOK-1 at 12.50 EUR = 25.00 EUR) Tj")
                .contains("(Total: 29.99 EUR) Tj")
                .containsPattern("\\(Paid: \\d{4}-\\d{2}-\\d{2}T[^)]*Z\\) Tj");
        assertThat(lambda, "InvoiceFunction").wasInvoked(1).neverFailed().logged("Invoice of order " + orderId);
    }

    @Test
    void clientThatDoesNotAcceptPdf_receivesTheBase64Text_asApiGatewayPassesItThrough(Harness harness) {
        String orderId = paidOrder(harness);

        GatewayResponse response = invoice(harness, orderId, ALICE, "application/json");

        assertThat(response).hasStatus(200);
        assertThat(response.body()).startsWith("JVBERi0xLjQK"); // "%PDF-1.4\n" in base64
    }

    @Test
    void fulfilmentStaff_mayFetchAnyCustomersInvoice(Harness harness) {
        String orderId = paidOrder(harness);

        assertThat(invoice(harness, orderId, BOB_FULFILMENT, "application/pdf")).hasStatus(200);
    }

    @Test
    void unpaidOrder_hasNoInvoice_409(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        harness.lambda().eventSources().drain();

        assertThat(invoice(harness, orderId, ALICE, "application/pdf"))
                .hasStatus(409)
                .hasJsonPath("message", "Order " + orderId + " is not paid yet");
    }

    @Test
    void paymentNotYetProjectedByTheStreamFunction_isStill409(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE)).hasStatus(200);

        assertThat(invoice(harness, orderId, ALICE, "application/pdf")).hasStatus(409);
    }

    @Test
    void readOnlyTokenOfTheOwner_mayFetchTheInvoice_andAnUnknownOrderIs404(Harness harness) {
        String orderId = paidOrder(harness);

        assertThat(invoice(harness, orderId, OrdersStack.ALICE_READ_ONLY, "application/pdf")).hasStatus(200);
        assertThat(invoice(harness, "no-such-order", ALICE, "application/pdf"))
                .hasStatus(404)
                .hasJsonPath("message", "Order not found");
    }
}
