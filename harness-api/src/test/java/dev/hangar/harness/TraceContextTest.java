package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.TraceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A synchronous invocation carries its caller's trace into the function, so observers can tell
 * which caller a function's requests belong to; services add observers through their context.
 */
class TraceContextTest {
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final AccountSettingsService settings = new AccountSettingsService(7);
  private final Harness harness = Harness.builder().service(settings).build();

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @AfterEach
  void close() {
    harness.close();
  }

  /** Reads the account settings through a real client, as a handler does. */
  public static final class ReadsAccountSettings implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String event, Context context) {
      try (LambdaClient client =
          LambdaClient.builder()
              .endpointOverride(URI.create(System.getenv("HARNESS_ENDPOINT")))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
              .build()) {
        client.getAccountSettings();
        return TraceContext.current().orElse("none");
      }
    }
  }

  /** Invokes the reader through a real client and returns what it returned. */
  public static final class InvokesReader implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String event, Context context) {
      try (LambdaClient client =
          LambdaClient.builder()
              .endpointOverride(URI.create(System.getenv("HARNESS_ENDPOINT")))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
              .build()) {
        return client
            .invoke(r -> r.functionName("reader").payload(SdkBytes.fromUtf8String("\"go\"")))
            .payload()
            .asUtf8String();
      }
    }
  }

  private RequestObserver traceRecorder() {
    return (service, request, response) ->
        seen.add(service + " " + request.path() + " trace " + TraceContext.current().orElse("none"));
  }

  private void registerReader() {
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("reader")
                .handler(ReadsAccountSettings.class)
                .environment("HARNESS_ENDPOINT", harness.endpoint().toString())
                .build());
  }

  private String invokeReader() {
    FunctionInvoker functions = harness.functions();
    return new String(
        functions.invoke("reader", "\"go\"".getBytes(StandardCharsets.UTF_8)).payload(),
        StandardCharsets.UTF_8);
  }

  @Test
  void invocation_carriesTheCallersTrace_toTheFunctionAndItsRequests() {
    settings.context.addObserver(traceRecorder());
    registerReader();

    String result;
    try (TraceContext.Scope scope = TraceContext.enter("Root=1-00000000-000000000000000000000001")) {
      result = invokeReader();
    }

    assertThat(result).isEqualTo("\"Root=1-00000000-000000000000000000000001\"");
    assertThat(seen)
        .containsExactly(
            "account-settings /2016-08-19/account-settings trace"
                + " Root=1-00000000-000000000000000000000001");
    assertThat(TraceContext.current()).isEmpty();
  }

  @Test
  void invocation_withoutATrace_leavesTheWarmEnvironmentWithoutTheEarlierOne() {
    settings.context.addObserver(traceRecorder());
    registerReader();
    try (TraceContext.Scope scope = TraceContext.enter("first")) {
      invokeReader();
    }

    assertThat(invokeReader()).isEqualTo("\"none\"");
    assertThat(seen)
        .containsExactly(
            "account-settings /2016-08-19/account-settings trace first",
            "account-settings /2016-08-19/account-settings trace none");
  }

  @Test
  void nestedInvocation_throughALambdaClient_carriesTheTraceOn() {
    settings.context.addObserver(traceRecorder());
    registerReader();
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("outer")
                .handler(InvokesReader.class)
                .environment("HARNESS_ENDPOINT", harness.endpoint().toString())
                .build());

    byte[] result;
    try (TraceContext.Scope scope = TraceContext.enter("nested")) {
      result = harness.functions().invoke("outer", "\"go\"".getBytes(StandardCharsets.UTF_8)).payload();
    }

    assertThat(new String(result, StandardCharsets.UTF_8)).isEqualTo("\"\\\"nested\\\"\"");
    assertThat(seen)
        .containsExactly(
            "account-settings /2016-08-19/account-settings trace nested",
            "lambda /2015-03-31/functions/reader/invocations trace nested");
  }

  @Test
  void scope_restoresTheTraceEnteredBefore() {
    try (TraceContext.Scope outer = TraceContext.enter("outer")) {
      try (TraceContext.Scope inner = TraceContext.enter("inner")) {
        assertThat(TraceContext.current()).contains("inner");
      }
      assertThat(TraceContext.current()).contains("outer");
    }
    assertThat(TraceContext.current()).isEmpty();
  }

  @Test
  void addObserver_onAContextThatAnswersNoRequests_isRefusedByName() {
    HarnessContext bare =
        new HarnessContext() {
          @Override
          public String region() {
            return "us-east-1";
          }

          @Override
          public String accountId() {
            return "000000000000";
          }

          @Override
          public HarnessClock clock() {
            return HarnessClock.system();
          }

          @Override
          public FunctionInvoker functions() {
            return harness.functions();
          }

          @Override
          public String newId() {
            return "id";
          }

          @Override
          public void routeHost(String host) {}
        };
    assertThatThrownBy(() -> bare.addObserver(traceRecorder()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("answers no requests");
  }
}
