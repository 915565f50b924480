package dev.hangar.samples.orders.api;

import dev.hangar.samples.orders.store.CustomerSummaryRecord;
import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON clients see: an order or a summary without the table's key attributes. */
public final class OrderView {
    private OrderView() {
    }

    /**
     * @param order the stored order
     * @return its public representation
     */
    public static Map<String, Object> of(OrderRecord order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orderId", order.getOrderId());
        view.put("customerId", order.getCustomerId());
        view.put("status", order.getStatus());
        view.put("currency", order.getCurrency());
        view.put("lines", order.getLines() == null ? List.of() : order.getLines().stream().map(OrderView::line).toList());
        view.put("totalCents", order.getTotalCents());
        view.put("createdAt", order.getCreatedAt().toString());
        view.put("updatedAt", order.getUpdatedAt().toString());
        view.put("version", order.getVersion());
        if (order.getExpiresAt() != null) {
            view.put("payBefore", Instant.ofEpochSecond(order.getExpiresAt()).toString());
        }
        return view;
    }

    /**
     * @param summary the projection, maintained from the table's stream
     * @return its public representation
     */
    public static Map<String, Object> of(CustomerSummaryRecord summary) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orderCount", summary.getOrderCount());
        view.put("pending", summary.getPending());
        view.put("paid", summary.getPaid());
        view.put("shipped", summary.getShipped());
        view.put("delivered", summary.getDelivered());
        view.put("cancelled", summary.getCancelled());
        view.put("expired", summary.getExpired());
        view.put("spentCents", summary.getSpentCents());
        return view;
    }

    private static Map<String, Object> line(OrderLine line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", line.getSku());
        view.put("quantity", line.getQuantity());
        view.put("unitPriceCents", line.getUnitPriceCents());
        return view;
    }
}
