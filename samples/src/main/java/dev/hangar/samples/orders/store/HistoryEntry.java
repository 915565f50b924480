package dev.hangar.samples.orders.store;

/**
 * One entry of an order's status history, as the stream consumer recorded it.
 *
 * @param version the order's version after the change
 * @param previousStatus the status before, or null for the order's placing
 * @param status the status after
 * @param recordedAt when the change was recorded, ISO-8601
 */
public record HistoryEntry(long version, String previousStatus, String status, String recordedAt) {
}
