package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionModelTest {
  private final Harness harness = Harness.builder().build();
  private final Lambda lambda = harness.lambda();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void close() {
    Handlers.Blocking.release.countDown();
    callers.shutdownNow();
    harness.close();
  }

  @Test
  void sequentialInvocations_shareOneWarmEnvironment() {
    lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build());
    Integer first = lambda.invoke("count", "a", Integer.class);
    Integer second = lambda.invoke("count", "b", Integer.class);
    assertThat(second).isEqualTo(first);
    List<InvocationRecord> records = lambda.invocations("count");
    assertThat(records).extracting(InvocationRecord::coldStart).containsExactly(true, false);
    assertThat(records).extracting(InvocationRecord::environmentId).containsExactly(1, 1);
    assertThat(records.get(0).initDuration()).isPositive();
    assertThat(records.get(1).initDuration()).isZero();
  }

  @Test
  void resetEnvironments_makesTheNextInvocationCold() {
    lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build());
    Integer first = lambda.invoke("count", "a", Integer.class);
    lambda.resetEnvironments();
    assertThat(lambda.invoke("count", "b", Integer.class)).isNotEqualTo(first);
    assertThat(lambda.invocations("count")).extracting(InvocationRecord::coldStart).containsExactly(true, true);
  }

  @Test
  void concurrentInvocations_getOneEnvironmentEach() throws Exception {
    int n = 4;
    lambda.register(FunctionDefinition.builder("block").handler(Handlers.Blocking.class).build());
    List<Future<String>> results = startBlocked(n);
    Handlers.Blocking.release.countDown();
    List<String> answers = new ArrayList<>();
    for (Future<String> result : results) {
      answers.add(result.get(10, TimeUnit.SECONDS));
    }
    assertThat(answers).doesNotHaveDuplicates();
    assertThat(lambda.invocations("block")).hasSize(n).allMatch(InvocationRecord::coldStart);
    assertThat(lambda.invocations("block")).extracting(InvocationRecord::environmentId)
        .containsExactlyInAnyOrder(1, 2, 3, 4);
  }

  @Test
  void reservedConcurrency_throttlesTheInvocationBeyondIt() throws Exception {
    int n = 3;
    lambda.register(
        FunctionDefinition.builder("block").handler(Handlers.Blocking.class).reservedConcurrency(n).build());
    List<Future<String>> results = startBlocked(n);
    assertThatThrownBy(() -> lambda.invokeJson("block", "\"one too many\""))
        .isInstanceOfSatisfying(
            LambdaServiceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("TooManyRequestsException");
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.reason()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
            })
        .hasMessage("Rate Exceeded.");
    Handlers.Blocking.release.countDown();
    for (Future<String> result : results) {
      result.get(10, TimeUnit.SECONDS);
    }
    assertThat(lambda.invokeJson("block", "\"after\"").failed()).isFalse();
  }

  @Test
  void reservedConcurrencyZero_throttlesEveryInvocation() {
    lambda.register(
        FunctionDefinition.builder("off").handler(Handlers.Counting.class).reservedConcurrency(0).build());
    assertThatThrownBy(() -> lambda.invokeJson("off", "\"x\""))
        .isInstanceOf(LambdaServiceException.class)
        .hasMessage("Rate Exceeded.");
  }

  @Test
  void isolatedClassLoader_givesEachEnvironmentItsOwnStaticState() {
    lambda.register(
        FunctionDefinition.builder("iso").handler(Handlers.StaticState.class).isolatedClassLoader(true).build());
    lambda.register(FunctionDefinition.builder("shared").handler(Handlers.StaticState.class).build());
    assertThat(lambda.invoke("iso", "a", Integer.class)).isEqualTo(1);
    assertThat(lambda.invoke("iso", "b", Integer.class)).isEqualTo(2);
    lambda.resetEnvironments();
    assertThat(lambda.invoke("iso", "c", Integer.class)).isEqualTo(1);
    // Without isolation the class is the test's own: its static state never resets.
    int shared = lambda.invoke("shared", "a", Integer.class);
    lambda.resetEnvironments();
    assertThat(lambda.invoke("shared", "b", Integer.class)).isEqualTo(shared + 1);
  }

  @Test
  void unknownFunction_isResourceNotFoundWithTheArn() {
    assertThatThrownBy(() -> lambda.invokeJson("nope", "{}"))
        .isInstanceOf(FunctionNotFoundException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
  }

  @Test
  void functionsAreFoundByArnAndLatestQualifier() {
    String arn = lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build());
    assertThat(arn).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:count");
    assertThat(lambda.exists(arn)).isTrue();
    assertThat(lambda.exists(arn + ":$LATEST")).isTrue();
    assertThat(lambda.exists("count:$LATEST")).isTrue();
    assertThat(lambda.exists("count:7")).isFalse();
  }

  @Test
  void registeringTwice_failsAsCreateFunctionDoes() {
    lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build());
    assertThatThrownBy(
            () -> lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Function already exist: count");
  }

  @Test
  void invalidJsonPayload_isRejectedBeforeTheFunctionRuns() {
    lambda.register(FunctionDefinition.builder("count").handler(Handlers.Counting.class).build());
    assertThatThrownBy(() -> lambda.invokeJson("count", "{not json"))
        .isInstanceOfSatisfying(
            LambdaServiceException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidRequestContentException"))
        .hasMessageStartingWith("Could not parse request body into json: ");
    assertThat(lambda.invocations()).isEmpty();
  }

  private List<Future<String>> startBlocked(int n) throws InterruptedException {
    Handlers.Blocking.arrived = new CountDownLatch(n);
    Handlers.Blocking.release = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      results.add(callers.submit(() -> lambda.invoke("block", "go", String.class)));
    }
    assertThat(Handlers.Blocking.arrived.await(10, TimeUnit.SECONDS)).isTrue();
    return results;
  }
}
