package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.hangar.harness.internal.transport.HangarSdkHttpService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The in-process transport: real SDK clients reach a harness with no socket. */
class InProcessTransportTest {
  private final AccountSettingsService first = new AccountSettingsService(111);
  private final AccountSettingsService second = new AccountSettingsService(222);
  private final Harness one = Harness.builder().service(first).build();
  private final Harness two = Harness.builder().service(second).build();

  @AfterEach
  void close() {
    one.close();
    two.close();
  }

  private static LambdaClient clientFor(Harness harness) {
    return LambdaClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .httpClient(new HangarSdkHttpService().createHttpClientBuilder().build())
        .build();
  }

  @Test
  void unconfiguredSyncClient_afterActivate_reachesTheHarnessInProcess() {
    try (Harness.Activation active = one.activate();
        LambdaClient client = LambdaClient.create()) {
      assertThat(client.getAccountSettings().accountLimit().totalCodeSize()).isEqualTo(111L);
    }
    assertThat(first.calls).hasValue(1);
    assertThat(first.lastRequest.host()).isEqualTo(Harness.ambientEndpoint().getHost());
  }

  @Test
  void unconfiguredAsyncClient_afterActivate_reachesTheHarnessInProcess() {
    try (Harness.Activation active = one.activate();
        LambdaAsyncClient client = LambdaAsyncClient.create()) {
      assertThat(client.getAccountSettings().join().accountLimit().totalCodeSize())
          .isEqualTo(111L);
    }
  }

  @Test
  void twoHarnesses_inOneJvm_eachAnswerOnlyTheirOwnClients() {
    try (LambdaClient a = clientFor(one);
        LambdaClient b = clientFor(two)) {
      assertThat(a.getAccountSettings().accountLimit().totalCodeSize()).isEqualTo(111L);
      assertThat(b.getAccountSettings().accountLimit().totalCodeSize()).isEqualTo(222L);
      assertThat(a.getAccountSettings().accountLimit().totalCodeSize()).isEqualTo(111L);
    }
    assertThat(first.calls).hasValue(2);
    assertThat(second.calls).hasValue(1);
  }

  @Test
  void activation_close_restoresThePreviousSystemProperties() {
    String before = System.getProperty("aws.endpointUrl");
    System.setProperty("aws.region", "eu-west-1");
    try {
      try (Harness.Activation active = one.activate()) {
        assertThat(System.getProperty("aws.endpointUrl"))
            .isEqualTo(Harness.ambientEndpoint().toString());
        assertThat(System.getProperty("aws.region")).isEqualTo("us-east-1");
      }
      assertThat(System.getProperty("aws.endpointUrl")).isEqualTo(before);
      assertThat(System.getProperty("aws.region")).isEqualTo("eu-west-1");
    } finally {
      System.clearProperty("aws.region");
    }
  }

  @Test
  void requestNoServiceHandles_getsA400NamingTheHostAndTheRegisteredServices() throws Exception {
    Reply response = send(one.endpoint().resolve("/nowhere"), "x".getBytes(), false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .contains("HangarUnroutableRequest")
        .contains("POST /nowhere")
        .contains("on host " + one.endpoint().getHost())
        .contains("registered services: account-settings");
  }

  @Test
  void gzipRequestBody_reachesTheServiceDecoded() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    Reply response =
        send(one.endpoint().resolve("/2016-08-19/account-settings/"), zipped.toByteArray(), true);
    assertThat(response.status()).isEqualTo(200);
    assertThat(first.lastRequest.bodyAsString()).isEqualTo("hello");
  }

  @Test
  void hostOfNoHarness_passesThroughToTheRealHttpClient() throws Exception {
    HttpServer realService =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    realService.createContext(
        "/",
        exchange -> {
          byte[] reply = "real".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, reply.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(reply);
          }
        });
    realService.start();
    try {
      URI real = URI.create("http://127.0.0.1:" + realService.getAddress().getPort() + "/x");
      Reply response = send(real, new byte[0], false);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("real");
    } finally {
      realService.stop(0);
    }
  }

  @Test
  void closedHarness_isNoLongerRouted_soItsHostPassesThrough() {
    URI endpoint = one.endpoint();
    one.close();
    // *.hangar.localhost is not a real host: the pass-through client fails to connect to it.
    try (LambdaClient client =
        LambdaClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(new HangarSdkHttpService().createHttpClientBuilder().build())
            .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
            .build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(client::getAccountSettings)
          .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);
    }
    assertThat(first.calls).hasValue(0);
  }

  @Test
  void harnessWhoseServiceFailsToAttach_releasesTheHostsItClaimed() {
    dev.hangar.harness.spi.AwsService claimsThenFails =
        new AccountSettingsService(0) {
          @Override
          public void attach(dev.hangar.harness.spi.HarnessContext context) {
            context.routeHost("claimed.example.test");
            throw new IllegalStateException("set-up mistake");
          }
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Harness.builder().service(claimsThenFails).build())
        .hasMessage("set-up mistake");
    // The host is free again: a new harness can claim it.
    AccountSettingsService claimer =
        new AccountSettingsService(0) {
          @Override
          public void attach(dev.hangar.harness.spi.HarnessContext context) {
            context.routeHost("claimed.example.test");
          }
        };
    Harness.builder().service(claimer).build().close();
  }

  @Test
  void services_areAttachedToTheirHarnessContext() {
    assertThat(first.context.region()).isEqualTo("us-east-1");
    assertThat(first.context.accountId()).isEqualTo("000000000000");
    assertThat(first.context.clock()).isSameAs(one.clock());
    assertThat(first.context.newId()).matches("[0-9a-f-]{36}").isNotEqualTo(first.context.newId());
  }

  /** What came back: the client is closed by then, so the body has been read. */
  private record Reply(int status, String body) {}

  private static Reply send(URI uri, byte[] body, boolean gzip) throws IOException {
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.POST);
    request.putHeader("Content-Length", Integer.toString(body.length));
    if (gzip) {
      request.putHeader("Content-Encoding", "gzip");
    }
    try (SdkHttpClient client = new HangarSdkHttpService().createHttpClientBuilder().build()) {
      HttpExecuteResponse response =
          client
              .prepareRequest(
                  HttpExecuteRequest.builder()
                      .request(request.build())
                      .contentStreamProvider(() -> new java.io.ByteArrayInputStream(body))
                      .build())
              .call();
      return new Reply(response.httpResponse().statusCode(), body(response));
    }
  }

  private static String body(HttpExecuteResponse response) throws IOException {
    try (InputStream in = response.responseBody().orElseThrow()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
