/**
 * The single-table design. One table holds every entity, told apart by key prefixes:
 *
 * <table>
 *   <caption>Items of the orders table</caption>
 *   <tr><th>entity</th><th>pk</th><th>sk</th><th>gsi1pk / gsi1sk</th><th>expiresAt (TTL)</th></tr>
 *   <tr><td>order</td><td>{@code ORDER#<id>}</td><td>{@code ORDER}</td>
 *       <td>{@code CUSTOMER#<customer>} / {@code <status>#<createdAt>#<id>}</td><td>while PENDING</td></tr>
 *   <tr><td>status history</td><td>{@code ORDER#<id>}</td><td>{@code HISTORY#<version>}</td><td>-</td><td>90 days</td></tr>
 *   <tr><td>order confirmation</td><td>{@code ORDER#<id>}</td><td>{@code CONFIRMATION}</td><td>-</td><td>-</td></tr>
 *   <tr><td>delivery proof</td><td>{@code ORDER#<id>}</td><td>{@code DELIVERY_PROOF}</td><td>-</td><td>-</td></tr>
 *   <tr><td>subscription</td><td>{@code ORDER#<id>}</td><td>{@code SUBSCRIBER#<connection>}</td>
 *       <td>{@code CONNECTION#<connection>} / {@code ORDER#<id>}</td><td>2 hours</td></tr>
 *   <tr><td>customer summary</td><td>{@code CUSTOMER#<customer>}</td><td>{@code SUMMARY}</td><td>-</td><td>-</td></tr>
 *   <tr><td>idempotency key</td><td>{@code IDEMPOTENCY#<customer>#<key>}</td><td>{@code IDEMPOTENCY}</td><td>-</td><td>24 hours</td></tr>
 *   <tr><td>API token</td><td>{@code TOKEN#<sha-256>}</td><td>{@code TOKEN}</td><td>-</td><td>token expiry</td></tr>
 *   <tr><td>WebSocket connection</td><td>{@code CONNECTION#<id>}</td><td>{@code CONNECTION}</td><td>-</td><td>2 hours</td></tr>
 * </table>
 *
 * <p>The local secondary index {@code byStatus} sorts an order's partition by {@code status}: the
 * order item and its history entries, so that the moment an order was paid is one key lookup.
 */
package dev.hangar.samples.orders.store;
