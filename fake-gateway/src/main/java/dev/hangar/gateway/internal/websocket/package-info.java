/**
 * The machinery behind {@code dev.hangar.gateway.websocket}: connection state, route selection,
 * event building, the {@code $connect} authorizer, the {@code @connections} protocol and the
 * loopback WebSocket server. Not an API: it may change in any release.
 */
package dev.hangar.gateway.internal.websocket;
