package dev.hangar.gateway.internal.engine;

import dev.hangar.harness.spi.HttpHeaders;

/**
 * A request as it reached the gateway.
 *
 * @param method the method in upper case
 * @param host the host the client addressed
 * @param rawPath the raw path as the client sent it (stage prefix included when there is one)
 * @param rawQuery the raw query without '?', empty when none
 * @param headers the headers as sent
 * @param body the body, empty when none
 * @param sourceIp the client's address
 * @param protocol such as {@code HTTP/1.1}
 * @param stagePrefixed whether {@code rawPath} starts with the stage name (execute-api URLs) or is
 *     already relative to a chosen stage (the test client and the per-API loopback server)
 * @param stage the chosen stage when {@code stagePrefixed} is false
 */
public record Inbound(
    String method,
    String host,
    String rawPath,
    String rawQuery,
    HttpHeaders headers,
    byte[] body,
    String sourceIp,
    String protocol,
    boolean stagePrefixed,
    String stage) {}
