package dev.hangar.samples.orders.auth;

/** The scopes an API token can carry. */
public final class Scopes {
    /** Place orders, and pay or cancel one's own. Tokens without it may only read. */
    public static final String WRITE = "orders:write";
    /** Fulfilment staff: read any order, ship and deliver. */
    public static final String FULFIL = "orders:fulfil";

    private Scopes() {
    }
}
