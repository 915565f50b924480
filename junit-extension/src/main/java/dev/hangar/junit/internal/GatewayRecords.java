package dev.hangar.junit.internal;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.RequestTrace;
import dev.hangar.harness.Harness;
import java.util.List;

/**
 * The API Gateway requests of a test for its flight record: what the harness's FakeGateway traced
 * (route selection, authorizer decisions, the invocation and the status) since the test started.
 */
final class GatewayRecords {
  private final FakeGateway gateway;
  private final String lastBefore;

  private GatewayRecords(FakeGateway gateway, String lastBefore) {
    this.gateway = gateway;
    this.lastBefore = lastBefore;
  }

  /** Marks where a test starts; a harness without a FakeGateway records nothing. */
  static GatewayRecords mark(Harness harness) {
    FakeGateway gateway;
    try {
      gateway = harness.service(FakeGateway.class);
    } catch (IllegalArgumentException e) {
      return new GatewayRecords(null, null);
    }
    List<RequestTrace> traces = gateway.traces();
    return new GatewayRecords(
        gateway, traces.isEmpty() ? null : traces.get(traces.size() - 1).requestId());
  }

  /** The traces since the mark, rendered; empty when there are none. */
  String render() {
    if (gateway == null) {
      return "";
    }
    // The gateway keeps the latest 1000 traces: start after the last one seen before the test.
    List<RequestTrace> traces = gateway.traces();
    int from = 0;
    if (lastBefore != null) {
      for (int i = traces.size() - 1; i >= 0; i--) {
        if (traces.get(i).requestId().equals(lastBefore)) {
          from = i + 1;
          break;
        }
      }
    }
    if (from >= traces.size()) {
      return "";
    }
    StringBuilder out = new StringBuilder(String.format("%n  API Gateway requests:"));
    for (RequestTrace trace : traces.subList(from, traces.size())) {
      out.append(
          String.format(
              "%n  - %s %s (%s, route %s) -> %d",
              trace.method(), trace.path(), trace.api(),
              trace.routeKey() == null ? "none" : trace.routeKey(), trace.status()));
      for (String step : trace.steps()) {
        out.append(String.format("%n       | %s", step));
      }
    }
    return out.toString();
  }
}
