/**
 * The table's stream consumer: projects order changes into history items and customer summaries, and
 * pushes them to subscribed WebSocket connections.
 */
package dev.hangar.samples.orders.stream;
