package dev.hangar.gateway;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Instant;

/** A harness with a fixed clock, test functions and one gateway. */
final class Fixture implements AutoCloseable {
  static final Instant START = Instant.parse("2020-03-04T19:15:17.135Z");

  final HarnessClock clock = HarnessClock.fixed(START);
  final TestFunctions functions;
  final FakeGateway gateway;
  final Harness harness;

  Fixture(TestFunctions functions, ApiDefinition... apis) {
    this.functions = functions;
    this.gateway = FakeGateway.of(apis);
    this.harness = Harness.builder().clock(clock).functions(functions).service(gateway).build();
  }

  GatewayClient api(String name) {
    return gateway.api(name);
  }

  @Override
  public void close() {
    harness.close();
  }
}
