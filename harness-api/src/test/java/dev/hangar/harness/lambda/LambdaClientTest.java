package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class LambdaClientTest {
  private Harness harness;
  private Harness.Activation activation;
  private LambdaClient client;

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    harness = Harness.builder().build();
    activation = harness.activate();
    harness.lambda().register(
        FunctionDefinition.builder("greeter")
            .handler(Handlers.Pojo.class)
            .method("logs")
            .timeout(Duration.ofSeconds(7))
            .memorySize(256)
            .environment("TABLE_NAME", "t")
            .description("says hello")
            .build());
    harness.lambda().register(
        FunctionDefinition.builder("failing").handler(Handlers.Pojo.class).method("fails").build());
    client = LambdaClient.create();
  }

  @AfterEach
  void stop() {
    client.close();
    activation.close();
    harness.close();
  }

  @Test
  void invoke_withNoEndpointConfigured_reachesTheRegisteredFunction() {
    InvokeResponse response =
        client.invoke(r -> r.functionName("greeter").payload(SdkBytes.fromUtf8String("\"ada\"")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.payload().asUtf8String()).isEqualTo("\"logged\"");
    assertThat(response.functionError()).isNull();
    assertThat(response.executedVersion()).isEqualTo("$LATEST");
    assertThat(response.logResult()).isNull();
    assertThat(harness.lambda().invocations("greeter")).hasSize(1);
  }

  @Test
  void invoke_withLogTypeTail_returnsTheBase64LogTail() {
    InvokeResponse response =
        client.invoke(
            r -> r.functionName("greeter").logType(LogType.TAIL).payload(SdkBytes.fromUtf8String("\"ada\"")));
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    String requestId = harness.lambda().invocations("greeter").get(0).requestId();
    assertThat(log)
        .startsWith("START RequestId: " + requestId + " Version: $LATEST\nfirst line\nsecond ada\nEND RequestId: " + requestId + "\nREPORT RequestId: " + requestId + "\tDuration: ")
        .contains("\tMemory Size: 256 MB\tInit Duration: ");
  }

  @Test
  void invoke_functionThatThrows_setsFunctionErrorAndReturnsTheErrorPayload() {
    InvokeResponse response =
        client.invoke(r -> r.functionName("failing").payload(SdkBytes.fromUtf8String("\"x\"")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isEqualTo("Unhandled");
    assertThat(response.payload().asUtf8String())
        .startsWith("{\"errorMessage\":\"bad input: x\",\"errorType\":\"java.lang.IllegalArgumentException\"");
  }

  @Test
  void invoke_unknownFunction_isResourceNotFound() {
    assertThatThrownBy(() -> client.invoke(r -> r.functionName("nope")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
            });
  }

  @Test
  void invoke_byArn_reachesTheFunction() {
    InvokeResponse response =
        client.invoke(
            r -> r.functionName("arn:aws:lambda:us-east-1:000000000000:function:greeter")
                .payload(SdkBytes.fromUtf8String("\"arn\"")));
    assertThat(response.payload().asUtf8String()).isEqualTo("\"logged\"");
  }

  @Test
  void invoke_eventType_isAcceptedWith202AndRunsAsynchronously() {
    InvokeResponse response =
        client.invoke(
            r -> r.functionName("greeter").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("\"later\"")));
    assertThat(response.statusCode()).isEqualTo(202);
    harness.lambda().awaitAsyncIdle(Duration.ofSeconds(10));
    assertThat(harness.lambda().invocations("greeter"))
        .singleElement()
        .satisfies(r -> assertThat(r.invocationType()).isEqualTo("Event"));
  }

  @Test
  void invoke_dryRun_is204AndRunsNothing() {
    InvokeResponse response =
        client.invoke(r -> r.functionName("greeter").invocationType(InvocationType.DRY_RUN));
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(harness.lambda().invocations()).isEmpty();
  }

  @Test
  void invoke_beyondReservedConcurrency_isTooManyRequests() throws Exception {
    harness.lambda().register(
        FunctionDefinition.builder("block").handler(Handlers.Blocking.class).reservedConcurrency(1).build());
    Handlers.Blocking.arrived = new CountDownLatch(1);
    Handlers.Blocking.release = new CountDownLatch(1);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (LambdaClient once =
        LambdaClient.builder().overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
      Future<?> busy = caller.submit(() -> harness.lambda().invoke("block", "hold", String.class));
      assertThat(Handlers.Blocking.arrived.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> once.invoke(r -> r.functionName("block").payload(SdkBytes.fromUtf8String("\"x\""))))
          .isInstanceOfSatisfying(
              TooManyRequestsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(429);
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate Exceeded.");
                assertThat(e.reasonAsString()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
              });
      Handlers.Blocking.release.countDown();
      busy.get(10, TimeUnit.SECONDS);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void getFunction_describesTheConfiguration() {
    GetFunctionResponse response = client.getFunction(r -> r.functionName("greeter"));
    FunctionConfiguration configuration = response.configuration();
    assertThat(configuration.functionName()).isEqualTo("greeter");
    assertThat(configuration.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:greeter");
    assertThat(configuration.handler()).isEqualTo(Handlers.Pojo.class.getName() + "::logs");
    assertThat(configuration.timeout()).isEqualTo(7);
    assertThat(configuration.memorySize()).isEqualTo(256);
    assertThat(configuration.runtimeAsString()).isEqualTo("java21");
    assertThat(configuration.description()).isEqualTo("says hello");
    assertThat(configuration.environment().variables()).containsExactly(java.util.Map.entry("TABLE_NAME", "t"));
    assertThat(configuration.version()).isEqualTo("$LATEST");
    assertThat(configuration.architecturesAsStrings()).containsExactly("x86_64");
    assertThat(response.code().repositoryType()).isEqualTo("S3");
  }

  @Test
  void getFunction_unknown_isResourceNotFound() {
    assertThatThrownBy(() -> client.getFunction(r -> r.functionName("nope")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
  }

  @Test
  void listFunctions_pagesThroughEveryFunction() {
    ListFunctionsResponse first = client.listFunctions(r -> r.maxItems(1));
    assertThat(first.functions()).extracting(FunctionConfiguration::functionName).containsExactly("greeter");
    ListFunctionsResponse second = client.listFunctions(r -> r.maxItems(1).marker(first.nextMarker()));
    assertThat(second.functions()).extracting(FunctionConfiguration::functionName).containsExactly("failing");
    assertThat(second.nextMarker()).isNull();
    assertThat(client.listFunctionsPaginator().functions())
        .extracting(FunctionConfiguration::functionName)
        .containsExactly("greeter", "failing");
  }

  @Test
  void invoke_withClientContext_handsItToTheHandler() {
    harness.lambda().register(
        FunctionDefinition.builder("cc").handler(Handlers.Pojo.class).method("clientContext").build());
    String clientContext =
        "{\"client\":{\"app_title\":\"shop\"},\"custom\":{\"tenant\":\"t1\"},\"env\":{\"platform\":\"Android\"}}";
    InvokeResponse response =
        client.invoke(
            r -> r.functionName("cc")
                .clientContext(Base64.getEncoder().encodeToString(clientContext.getBytes(StandardCharsets.UTF_8)))
                .payload(SdkBytes.fromUtf8String("\"x\"")));
    assertThat(response.payload().asUtf8String()).isEqualTo("\"shop/t1/Android\"");
  }

  @Test
  void invoke_withPayloadThatIsNotJson_isInvalidRequestContent() {
    assertThatThrownBy(
            () -> client.invoke(r -> r.functionName("greeter").payload(SdkBytes.fromUtf8String("{oops"))))
        .isInstanceOfSatisfying(
            InvalidRequestContentException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith("Could not parse request body into json: Could not parse payload into json: ");
            });
    assertThat(harness.lambda().invocations()).isEmpty();
  }

  @Test
  void unsupportedOperation_failsNamingIt() {
    assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("greeter")))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("HangarUnsupportedOperation");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "Hangar's Lambda fake supports Invoke, GetFunction and ListFunctions only;"
                          + " DELETE /2015-03-31/functions/greeter is not supported");
            });
    assertThat(harness.lambda().exists("greeter")).isTrue();
  }

  @Test
  void asyncClient_invokesToo() throws Exception {
    try (LambdaAsyncClient async = LambdaAsyncClient.create()) {
      InvokeResponse response =
          async.invoke(r -> r.functionName("greeter").payload(SdkBytes.fromUtf8String("\"async\"")))
              .get(10, TimeUnit.SECONDS);
      assertThat(response.payload().asUtf8String()).isEqualTo("\"logged\"");
    }
  }
}
