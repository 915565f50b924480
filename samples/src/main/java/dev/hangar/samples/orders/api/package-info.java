/**
 * The HTTP-facing functions: the REST API ({@code POST /orders}, {@code GET /orders/{orderId}},
 * {@code PUT /orders/{orderId}/status}, the PDF invoice {@code GET /orders/{orderId}/invoice} and the
 * image upload {@code PUT /orders/{orderId}/delivery-proof}, behind the token authorizer) and the HTTP API
 * ({@code GET /me/orders}, behind a JWT authorizer).
 */
package dev.hangar.samples.orders.api;
