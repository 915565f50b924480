package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.invoice.InvoicePdf;
import dev.hangar.samples.orders.store.InvoiceRecords;
import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code GET /orders/{orderId}/invoice}: the invoice of a paid order as a PDF document, to its owner
 * or to fulfilment staff. The API lists {@code application/pdf} among its binary media types, so the
 * base64 body returned here reaches a client that accepts PDF as the document's bytes. An order that
 * is not paid (or whose payment the stream function has not recorded yet) has no invoice: 409.
 */
public class InvoiceHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final InvoiceRecords records;

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public InvoiceHandler() {
        this.records = new InvoiceRecords(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(event);
        Optional<String> orderId = GetOrderHandler.orderId(event);
        Optional<OrderRecord> order = orderId.flatMap(records::order);
        if (order.isEmpty() || !caller.canSee(order.get())) {
            return ApiResponses.error(404, "Order not found");
        }
        if ("CANCELLED".equals(order.get().getStatus())) {
            return ApiResponses.error(409, "Order " + orderId.get() + " was cancelled; it has no invoice");
        }
        Optional<Instant> paidAt = records.paidAt(orderId.get());
        if (paidAt.isEmpty()) {
            return ApiResponses.error(409, "Order " + orderId.get() + " is not paid yet");
        }
        byte[] pdf = InvoicePdf.render(lines(order.get(), paidAt.get()));
        context.getLogger().log("Invoice of order " + orderId.get() + ": " + pdf.length + " bytes");
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/pdf",
                        "Content-Disposition", "inline; filename=\"invoice-" + orderId.get() + ".pdf\""))
                .withIsBase64Encoded(true)
                .withBody(Base64.getEncoder().encodeToString(pdf));
    }

    static List<String> lines(OrderRecord order, Instant paidAt) {
        List<String> lines = new ArrayList<>();
        lines.add("Invoice for order " + order.getOrderId());
        lines.add("Customer: " + order.getCustomerId());
        lines.add("Paid: " + paidAt);
        lines.add("");
        for (OrderLine line : order.getLines()) {
            lines.add(line.getQuantity() + " x " + line.getSku() + " at " + money(line.getUnitPriceCents(), order)
                    + " = " + money(line.getQuantity() * line.getUnitPriceCents(), order));
        }
        lines.add("");
        lines.add("Total: " + money(order.getTotalCents(), order));
        return lines;
    }

    private static String money(long cents, OrderRecord order) {
        return String.format(Locale.ROOT, "%d.%02d %s", cents / 100, cents % 100, order.getCurrency());
    }
}
