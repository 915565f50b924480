/**
 * Order confirmations: {@code CreateOrderFunction} hands each placed order to
 * {@code OrderConfirmationFunction} with an asynchronous ({@code Event}) invocation, so that placing an
 * order never waits for the confirmation to be written.
 */
package dev.hangar.samples.orders.notify;
