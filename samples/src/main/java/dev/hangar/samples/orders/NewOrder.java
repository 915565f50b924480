package dev.hangar.samples.orders;

import java.util.List;

/**
 * A validated request to place an order.
 *
 * @param currency ISO 4217 code, one of those the shop sells in
 * @param lines the ordered articles, at least one, each SKU once
 */
public record NewOrder(String currency, List<Line> lines) {
    /** Copies the lines so that the order cannot change. */
    public NewOrder {
        lines = List.copyOf(lines);
    }

    /**
     * The order's total in minor units.
     *
     * @return the sum of quantity times unit price over the lines
     */
    public long totalCents() {
        return lines.stream().mapToLong(line -> line.quantity() * line.unitPriceCents()).sum();
    }

    /**
     * One ordered article.
     *
     * @param sku the article's stock-keeping unit
     * @param quantity how many, 1 to 100
     * @param unitPriceCents the price of one, in minor units
     */
    public record Line(String sku, int quantity, long unitPriceCents) {
    }
}
