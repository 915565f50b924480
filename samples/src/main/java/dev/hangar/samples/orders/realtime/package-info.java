/**
 * The WebSocket API: {@code $connect} authenticates with {@code ?token=}, {@code subscribe} and
 * {@code unsubscribe} ({@code {"action": "subscribe", "orderId": "..."}}) register interest in an
 * order, {@code $disconnect} cleans up. Updates are pushed by the stream consumer.
 */
package dev.hangar.samples.orders.realtime;
