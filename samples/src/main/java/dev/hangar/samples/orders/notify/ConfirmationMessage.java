package dev.hangar.samples.orders.notify;

import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import java.math.BigDecimal;

/** The text a customer reads when an order is placed. */
final class ConfirmationMessage {
    private ConfirmationMessage() {
    }

    static String of(OrderRecord order) {
        int items = order.getLines().stream().mapToInt(OrderLine::getQuantity).sum();
        String total = BigDecimal.valueOf(order.getTotalCents(), 2).toPlainString();
        return "Thank you for your order " + order.getOrderId() + ": " + items + (items == 1 ? " item, " : " items, ")
                + total + " " + order.getCurrency() + ".";
    }
}
