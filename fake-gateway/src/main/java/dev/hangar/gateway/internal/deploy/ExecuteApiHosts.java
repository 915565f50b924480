package dev.hangar.gateway.internal.deploy;

import dev.hangar.harness.spi.HarnessContext;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each API of a gateway its id and routes its {@code {api-id}.execute-api.{region}.amazonaws.com}
 * host to the harness, for REST, HTTP and WebSocket APIs alike. A generated id that another open
 * harness already uses (harnesses with the same seed draw the same ids) is replaced by the next
 * one, so parallel tests do not collide; a fixed id that is taken is a set-up mistake. The ids
 * claimed are remembered per harness, so a REST or HTTP API and a WebSocket API of the same harness
 * (two gateways, one set of hosts) cannot share an id either.
 */
public final class ExecuteApiHosts {
  private static final int ATTEMPTS = 100;

  /** The ids claimed in each open harness, whichever gateway claimed them. */
  private static final Map<HarnessContext, Set<String>> CLAIMED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final HarnessContext context;
  private final GatewayIds ids;
  private final Set<String> claimed;

  /**
   * The hosts of one gateway in one harness.
   *
   * @param context the harness
   * @param ids where generated API ids come from
   */
  public ExecuteApiHosts(HarnessContext context, GatewayIds ids) {
    this.context = context;
    this.ids = ids;
    this.claimed = CLAIMED.computeIfAbsent(context, c -> ConcurrentHashMap.newKeySet());
  }

  /**
   * The default endpoint's host of an API.
   *
   * @param apiId the API id
   * @param region the region
   * @return {@code {api-id}.execute-api.{region}.amazonaws.com}
   */
  public static String domainName(String apiId, String region) {
    return apiId + ".execute-api." + region + ".amazonaws.com";
  }

  /**
   * Claims an API's host.
   *
   * @param owner the API, for messages, such as {@code WebSocket API 'chat'}
   * @param fixedId the id the API was declared with, or null to generate one
   * @param idSetting the builder method that fixes the id, for messages
   * @return the API id, never null
   * @throws IllegalStateException when a fixed id is taken, or no free id was found
   */
  public String claim(String owner, String fixedId, String idSetting) {
    if (fixedId != null) {
      if (!claimed.add(fixedId)) {
        throw new IllegalStateException(
            owner + ": " + idSetting + " '" + fixedId + "' is used by another API of this harness");
      }
      try {
        context.routeHost(domainName(fixedId, context.region()));
      } catch (IllegalStateException e) {
        throw new IllegalStateException(
            owner + ": " + idSetting + " '" + fixedId + "' is in use by another open harness;"
                + " close it, or leave " + idSetting + " unset to get a generated one",
            e);
      }
      return fixedId;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String apiId = ids.apiId();
      if (claimed.contains(apiId)) {
        continue;
      }
      try {
        context.routeHost(domainName(apiId, context.region()));
        claimed.add(apiId);
        return apiId;
      } catch (IllegalStateException taken) {
        // Another open harness drew the same id from the same seed: draw again.
      }
    }
    throw new IllegalStateException(
        owner + ": no free API id after " + ATTEMPTS + " attempts; close other harnesses");
  }
}
