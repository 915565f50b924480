package dev.hangar.gateway.internal.route;

import java.util.Map;

/**
 * The route a request selected and the path parameters it bound (decoded).
 *
 * @param route what the route table holds for the key (the caller's route object)
 * @param key the selected route key
 * @param pathParameters decoded path parameters, empty when none
 * @param <R> the caller's route type
 */
public record RouteMatch<R>(R route, RouteKey key, Map<String, String> pathParameters) {}
