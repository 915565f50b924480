package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncInvocationTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private final Harness harness = Harness.builder().clock(clock).build();
  private final Lambda lambda = harness.lambda();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void failingEvent_isRetriedAfterOneAndTwoMinutes_thenGoesToTheFailureDestination() {
    lambda.register(FunctionDefinition.builder("failing").handler(Handlers.Pojo.class).method("fails").build());
    String requestId = lambda.invokeAsync("failing", "\"x\"");
    lambda.awaitAsyncIdle(WAIT);
    assertThat(lambda.invocations("failing")).hasSize(1);

    clock.advance(Duration.ofSeconds(59));
    lambda.awaitAsyncIdle(WAIT);
    assertThat(lambda.invocations("failing")).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    lambda.awaitAsyncIdle(WAIT);
    assertThat(lambda.invocations("failing")).hasSize(2);
    assertThat(lambda.asyncFailures("failing")).isEmpty();

    clock.advance(Duration.ofMinutes(2));
    lambda.awaitAsyncIdle(WAIT);
    assertThat(lambda.invocations("failing"))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.invocationType()).isEqualTo("Event"));
    assertThat(lambda.asyncFailures("failing"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.requestId()).isEqualTo(requestId);
              assertThat(f.condition()).isEqualTo("RetriesExhausted");
              assertThat(f.approximateInvokeCount()).isEqualTo(3);
              assertThat(f.functionArn())
                  .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:failing:$LATEST");
              assertThat(f.requestPayload()).isEqualTo("\"x\"");
              assertThat(f.responsePayload()).startsWith("{\"errorMessage\":\"bad input: x\"");
              assertThat(f.timestamp()).isEqualTo(Instant.parse("2026-01-01T00:03:00Z"));
            });
  }

  @Test
  void succeedingEvent_runsOnceAndNothingFails() {
    lambda.register(FunctionDefinition.builder("ok").handler(Handlers.Pojo.class).method("noArgs").build());
    lambda.invokeAsync("ok", "{}");
    lambda.awaitAsyncIdle(WAIT);
    clock.advance(Duration.ofMinutes(10));
    lambda.awaitAsyncIdle(WAIT);
    assertThat(lambda.invocations("ok")).hasSize(1);
    assertThat(lambda.asyncFailures("ok")).isEmpty();
  }
}
