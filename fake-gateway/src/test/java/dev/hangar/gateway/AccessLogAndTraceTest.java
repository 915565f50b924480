package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access-log lines with {@code $context} variables and the per-request trace. */
class AccessLogAndTraceTest {
  private final TestFunctions functions = new TestFunctions().ok("fn", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("rest")
              .stage("prod")
              .route("GET /items/{id}", "fn")
              .accessLogFormat(
                  "$context.requestId $context.httpMethod $context.path $context.resourcePath $context.status"
                      + " $context.identity.sourceIp $context.authorizer.principalId")
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void accessLog_hasOneLinePerRequestWithTheVariablesFilled() {
    GatewayResponse ok = fixture.api("rest").get("/items/1");
    fixture.api("rest").get("/nothing");
    assertThat(fixture.gateway.accessLog("rest"))
        .containsExactly(
            ok.requestId() + " GET /prod/items/1 /items/{id} 200 127.0.0.1 -",
            fixture.gateway.traces().get(1).requestId() + " GET /prod/nothing - 403 127.0.0.1 -");
  }

  @Test
  void trace_tellsWhatHappened() {
    GatewayResponse response = fixture.api("rest").get("/items/1");
    RequestTrace trace = fixture.gateway.traces().get(0);
    assertThat(trace.requestId()).isEqualTo(response.requestId());
    assertThat(trace.routeKey()).isEqualTo("GET /items/{id}");
    assertThat(trace.status()).isEqualTo(200);
    assertThat(trace.steps())
        .containsExactly(
            "route GET /items/{id} -> function fn", "function fn returned 200", "responded 200");
  }

  @Test
  void unknownAccessLogVariable_failsWhenTheHarnessIsBuilt() {
    FakeGateway gateway =
        FakeGateway.of(
            ApiDefinition.rest("bad").route("GET /a", "fn").accessLogFormat("$context.nonsense").build());
    assertThatThrownBy(() -> Harness.builder().functions(functions).service(gateway).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "API 'bad': the access-log format uses variables Hangar does not fill: [$context.nonsense]");
  }
}
