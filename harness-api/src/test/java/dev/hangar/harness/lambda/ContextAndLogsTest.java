package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContextAndLogsTest {
  private final Harness harness = Harness.builder().region("eu-central-1").accountId("111122223333").build();
  private final Lambda lambda = harness.lambda();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void context_carriesTheInvocationsRealValues() {
    lambda.register(
        FunctionDefinition.builder("ctx")
            .handler(Handlers.Pojo.class)
            .method("context")
            .memorySize(1024)
            .timeout(Duration.ofSeconds(30))
            .build());
    Map<String, Object> context = lambda.invoke("ctx", "{}", Map.class);
    InvocationRecord record = lambda.invocations("ctx").get(0);
    assertThat(context)
        .containsEntry("requestId", record.requestId())
        .containsEntry("functionName", "ctx")
        .containsEntry("functionVersion", "$LATEST")
        .containsEntry("arn", "arn:aws:lambda:eu-central-1:111122223333:function:ctx")
        .containsEntry("logGroup", "/aws/lambda/ctx")
        .containsEntry("memory", 1024);
    assertThat((String) context.get("logStream")).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    assertThat((Integer) context.get("remaining")).isBetween(1, 30_000);
  }

  @Test
  void log_hasStartHandlerLinesEndAndReport() {
    lambda.register(FunctionDefinition.builder("logger").handler(Handlers.Pojo.class).method("logs").build());
    lambda.invoke("logger", "one", String.class);
    lambda.invoke("logger", "two", String.class);
    InvocationRecord cold = lambda.invocations("logger").get(0);
    InvocationRecord warm = lambda.invocations("logger").get(1);
    String id = cold.requestId();
    assertThat(cold.logLines()).hasSize(5);
    assertThat(cold.logLines().subList(0, 4))
        .containsExactly(
            "START RequestId: " + id + " Version: $LATEST",
            "first line",
            "second one",
            "END RequestId: " + id);
    assertThat(cold.logLines().get(4))
        .matches(
            "REPORT RequestId: "
                + id
                + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: 128 MB\tInit Duration: \\d+\\.\\d\\d ms");
    assertThat(warm.logLines().get(4)).doesNotContain("Init Duration");
    assertThat(lambda.log("logger")).hasSize(cold.logLines().size() + warm.logLines().size());
    assertThat(cold.billedDuration())
        .isGreaterThanOrEqualTo(cold.duration().plus(cold.initDuration()).withNanos(0));
    assertThat(cold.responsePayload()).isEqualTo("\"logged\"");
    assertThat(cold.requestPayload()).isEqualTo("\"one\"");
  }

  @Test
  void standardOutputAndError_goToTheInvocationsLog() {
    lambda.register(FunctionDefinition.builder("printer").handler(Handlers.Pojo.class).method("prints").build());
    lambda.invoke("printer", "x", String.class);
    assertThat(lambda.invocations("printer").get(0).logLines().subList(1, 3))
        .containsExactly("to stdout x", "to stderr");
  }

  @Test
  void failedInvocation_logsTheErrorAndRecordsIt() {
    lambda.register(FunctionDefinition.builder("failing").handler(Handlers.Pojo.class).method("fails").build());
    lambda.invokeJson("failing", "\"x\"");
    InvocationRecord record = lambda.invocations("failing").get(0);
    assertThat(record.failed()).isTrue();
    assertThat(record.functionError()).contains("Unhandled");
    assertThat(record.log()).contains("bad input: x: java.lang.IllegalArgumentException\njava.lang.IllegalArgumentException: bad input: x");
  }

  @Test
  void clearRecords_forgetsInvocationsButKeepsEnvironmentsWarm() {
    lambda.register(FunctionDefinition.builder("n").handler(Handlers.Pojo.class).method("noArgs").build());
    lambda.invokeJson("n", "{}");
    lambda.clearRecords();
    assertThat(lambda.invocations()).isEmpty();
    assertThat(lambda.log("n")).isEmpty();
    lambda.invokeJson("n", "{}");
    assertThat(lambda.invocations("n")).singleElement().satisfies(r -> assertThat(r.coldStart()).isFalse());
  }
}
