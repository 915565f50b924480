/**
 * API Gateway in-process: {@link dev.hangar.gateway.FakeGateway} serves REST APIs (payload 1.0)
 * and HTTP APIs (payload 2.0, or 1.0) declared with {@link dev.hangar.gateway.ApiDefinition},
 * invoking the harness's Lambda functions with the events API Gateway sends and answering with the
 * responses and errors API Gateway gives. Tests send requests with {@link
 * dev.hangar.gateway.GatewayClient} or over real HTTP with {@link dev.hangar.gateway.GatewayServer}.
 *
 * <p>WebSocket APIs live in {@link dev.hangar.gateway.websocket} ({@link
 * dev.hangar.gateway.websocket.WebSocketGateway}); both kinds share ids, {@code execute-api} hosts
 * and authorizer code, and may serve one harness together.
 *
 * @since 0.1.0
 */
package dev.hangar.gateway;
