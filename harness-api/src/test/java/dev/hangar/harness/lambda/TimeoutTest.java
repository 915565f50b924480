package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.LoopbackEndpoint;
import dev.hangar.harness.spi.InvokeOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimeoutTest {
  private final Harness harness = Harness.builder().build();
  private final Lambda lambda = harness.lambda();

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void handlerOutlivingItsTimeout_getsTheTimeoutErrorAndTheNextInvocationIsCold() {
    lambda.register(
        FunctionDefinition.builder("slow")
            .handler(Handlers.Pojo.class)
            .method("sleeps")
            .timeout(Duration.ofMillis(100))
            .build());
    InvokeOutcome outcome = lambda.invokeJson("slow", "\"x\"");
    assertThat(outcome.functionError()).contains("Unhandled");
    assertThat(outcome.payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"RequestId: "
                + outcome.requestId()
                + " Error: Task timed out after 0.10 seconds\",\"errorType\":\"Sandbox.Timedout\"}");
    InvocationRecord record = lambda.invocations("slow").get(0);
    assertThat(record.logLines()).last().asString().endsWith(outcome.requestId() + " Task timed out after 0.10 seconds");
    assertThat(record.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }

  @Test
  void abandonedInvocation_cannotReachTheHarnessAfterItsTimeout() throws InterruptedException {
    abandonedInvocationTriesToInvokeRecorder(harness.endpoint(), "in-process");
  }

  @Test
  void abandonedInvocation_cannotReachTheHarnessOverTheLoopbackEndpointEither()
      throws InterruptedException {
    try (LoopbackEndpoint loopback = harness.serveOnLoopback(0)) {
      abandonedInvocationTriesToInvokeRecorder(loopback.uri(), "url-connection");
    }
  }

  private void abandonedInvocationTriesToInvokeRecorder(URI endpoint, String httpClient)
      throws InterruptedException {
    Zombie.done = new CountDownLatch(1);
    Zombie.lateWriteFailure.set(null);
    Zombie.recorded.set(0);
    lambda.register(
        FunctionDefinition.builder("zombie")
            .handler(Zombie.class)
            .method("lingers")
            .timeout(Duration.ofMillis(100))
            .environment("HARNESS_ENDPOINT", endpoint.toString())
            .environment("HTTP_CLIENT", httpClient)
            .build());
    lambda.register(FunctionDefinition.builder("recorder").handler(Zombie.class).method("record").build());

    assertThat(lambda.invokeJson("zombie", "\"go\"").failed()).isTrue();
    assertThat(Zombie.done.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(Zombie.recorded.get()).isZero();
    assertThat(lambda.invocations("recorder")).isEmpty();
    assertThat(Zombie.lateWriteFailure.get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Invocation "
                + lambda.invocations("zombie").get(0).requestId()
                + " of function zombie timed out and was abandoned; it can no longer reach the harness");
    // The harness itself still works for everyone else.
    assertThat(lambda.invokeJson("recorder", "\"now\"").payloadAsString()).isEqualTo("1");
  }
}
