package dev.hangar.samples.orders.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** One line of an order, stored as a map inside the order item's {@code lines} list. */
@DynamoDbBean
public class OrderLine {
    private String sku;
    private int quantity;
    private long unitPriceCents;

    /** For the Enhanced Client. */
    public OrderLine() {
    }

    /**
     * @param sku the article
     * @param quantity how many
     * @param unitPriceCents the price of one, in minor units
     */
    public OrderLine(String sku, int quantity, long unitPriceCents) {
        this.sku = sku;
        this.quantity = quantity;
        this.unitPriceCents = unitPriceCents;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long getUnitPriceCents() {
        return unitPriceCents;
    }

    public void setUnitPriceCents(long unitPriceCents) {
        this.unitPriceCents = unitPriceCents;
    }
}
