/**
 * What REST, HTTP and WebSocket APIs share when they are deployed into a harness: their ids, time
 * stamps and trace ids ({@link dev.hangar.gateway.internal.deploy.GatewayIds}) and their {@code
 * execute-api} hosts ({@link dev.hangar.gateway.internal.deploy.ExecuteApiHosts}). Not an API: it
 * may change in any release.
 */
package dev.hangar.gateway.internal.deploy;
