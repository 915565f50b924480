/**
 * API Gateway WebSocket APIs in-process: declare an API with {@link
 * dev.hangar.gateway.websocket.WebSocketApi}, add a {@link
 * dev.hangar.gateway.websocket.WebSocketGateway} to a harness, connect {@link
 * dev.hangar.gateway.websocket.WebSocketClient}s (or real clients through {@link
 * dev.hangar.gateway.websocket.WebSocketGateway#serveOnLoopback(String, int)}), and let the code
 * under test push messages with the real {@code ApiGatewayManagementApiClient}.
 *
 * <p>Mirrors "Overview of WebSocket APIs in API Gateway", "Working with routes for WebSocket APIs",
 * "Manage connected users and client apps: $connect and $disconnect routes", "Use {@literal @}connections
 * commands in your backend service" and "Quotas for configuring and running a
 * WebSocket API in API Gateway".
 *
 * <p>REST and HTTP APIs live in {@link dev.hangar.gateway} ({@link dev.hangar.gateway.FakeGateway});
 * both kinds share ids, {@code execute-api} hosts and authorizer code, and may serve one harness
 * together.
 *
 * @since 0.1.0
 */
package dev.hangar.gateway.websocket;
