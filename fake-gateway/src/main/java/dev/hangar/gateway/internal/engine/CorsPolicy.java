package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.Cors;
import dev.hangar.gateway.Route;
import dev.hangar.gateway.internal.route.RouteTable;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;

/**
 * CORS as each API type does it. HTTP APIs answer preflights themselves (204) and set {@code
 * access-control-*} headers on responses to allowed origins, replacing any the function set
 * ("Configure CORS for HTTP APIs in API Gateway"). REST APIs answer {@code OPTIONS} on a resource
 * that has no {@code OPTIONS} method with the mock integration the console's "Enable CORS"
 * creates (200, the configured {@code Access-Control-Allow-*} headers) and leave other responses
 * to the function ("Enable CORS for a REST API resource").
 */
final class CorsPolicy {
  private final Cors cors;
  private final boolean rest;

  CorsPolicy(Cors cors, boolean rest) {
    this.cors = cors;
    this.rest = rest;
  }

  ServiceResponse preflight(Exchange ex, RouteTable<Route> routes) {
    if (cors == null || !ex.inbound.method().equals("OPTIONS")) {
      return null;
    }
    if (rest) {
      if (routes.select("OPTIONS", ex.path) != null || !routes.hasResource(ex.path)) {
        return null;
      }
      HttpHeaders.Builder headers =
          HttpHeaders.builder()
              .set("Content-Type", "application/json")
              .set("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders()))
              .set("Access-Control-Allow-Methods", String.join(",", cors.allowMethods()))
              .set("Access-Control-Allow-Origin", String.join(",", cors.allowOrigins()));
      // SAM's CorsConfiguration adds these two to the mock integration's response only when set.
      if (cors.maxAge() != null) {
        headers.set("Access-Control-Max-Age", String.valueOf(cors.maxAge().getSeconds()));
      }
      if (cors.allowCredentials()) {
        headers.set("Access-Control-Allow-Credentials", "true");
      }
      return new ServiceResponse(200, headers.build(), new byte[0]);
    }
    String origin = ex.inbound.headers().first("Origin").orElse(null);
    if (origin == null || !ex.inbound.headers().contains("Access-Control-Request-Method")) {
      return null;
    }
    HttpHeaders.Builder headers = HttpHeaders.builder();
    if (allows(origin)) {
      headers.set("access-control-allow-origin", allowOriginValue(origin));
      String requested = ex.inbound.headers().first("Access-Control-Request-Method").orElse("");
      headers.set(
          "access-control-allow-methods",
          cors.allowMethods().contains("*") ? requested : String.join(",", cors.allowMethods()));
      String requestedHeaders =
          ex.inbound.headers().first("Access-Control-Request-Headers").orElse(null);
      if (cors.allowHeaders().contains("*") && requestedHeaders != null) {
        headers.set("access-control-allow-headers", requestedHeaders);
      } else if (!cors.allowHeaders().isEmpty() && !cors.allowHeaders().contains("*")) {
        headers.set("access-control-allow-headers", String.join(",", cors.allowHeaders()));
      }
      if (cors.maxAge() != null) {
        headers.set("access-control-max-age", String.valueOf(cors.maxAge().getSeconds()));
      }
      if (cors.allowCredentials()) {
        headers.set("access-control-allow-credentials", "true");
      }
    }
    return new ServiceResponse(204, headers.build(), new byte[0]);
  }

  ServiceResponse decorate(Exchange ex, ServiceResponse response) {
    if (cors == null || rest) {
      return response;
    }
    String origin = ex.inbound.headers().first("Origin").orElse(null);
    HttpHeaders.Builder headers = response.headers().toBuilder();
    for (String name : response.headers().asMap().keySet()) {
      if (name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")) {
        headers.remove(name);
      }
    }
    if (origin != null && allows(origin)) {
      headers.set("access-control-allow-origin", allowOriginValue(origin));
      if (!cors.exposeHeaders().isEmpty()) {
        headers.set("access-control-expose-headers", String.join(",", cors.exposeHeaders()));
      }
      if (cors.allowCredentials()) {
        headers.set("access-control-allow-credentials", "true");
      }
    }
    return new ServiceResponse(response.status(), headers.build(), response.body());
  }

  private boolean allows(String origin) {
    return cors.allowOrigins().contains("*") || cors.allowOrigins().contains(origin);
  }

  private String allowOriginValue(String origin) {
    return cors.allowOrigins().contains("*") && !cors.allowCredentials() ? "*" : origin;
  }
}
