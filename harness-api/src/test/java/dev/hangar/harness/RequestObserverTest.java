package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/** Observers see every request the harness answers, whichever path and thread it came on. */
class RequestObserverTest {
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final RequestObserver recorder =
      (service, request, response) ->
          seen.add(
              service
                  + " "
                  + request.method()
                  + " "
                  + request.path()
                  + " -> "
                  + response.status()
                  + " on "
                  + Thread.currentThread().getName());
  private final Harness harness =
      Harness.builder().service(new AccountSettingsService(7)).observer(recorder).build();
  private final Harness other = Harness.builder().service(new AccountSettingsService(8)).build();

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @AfterEach
  void close() {
    harness.close();
    other.close();
  }

  /** A handler written as production code is: a client built with no configuration. */
  public static final class ReadsAccountSettings implements RequestHandler<String, Long> {
    @Override
    public Long handleRequest(String event, Context context) {
      try (LambdaClient client = LambdaClient.create()) {
        return client.getAccountSettings().accountLimit().totalCodeSize();
      }
    }
  }

  @Test
  void observer_seesAClientCallFromTheTestThread_withTheServiceThatAnswered() {
    try (LambdaClient client = client(harness.endpoint())) {
      client.getAccountSettings();
    }
    assertThat(seen)
        .containsExactly(
            "account-settings GET /2016-08-19/account-settings -> 200 on "
                + Thread.currentThread().getName());
  }

  @Test
  void observer_seesACallAHandlerMakesFromItsExecutionEnvironment_evenWhenAnotherHarnessIsActive() {
    harness.lambda().register(FunctionDefinition.builder("reader").handler(ReadsAccountSettings.class).build());
    try (Harness.Activation active = other.activate()) {
      assertThat(harness.lambda().invoke("reader", "x", Long.class)).isEqualTo(7L);
    }
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0))
        .startsWith("account-settings GET /2016-08-19/account-settings -> 200 on ")
        .doesNotEndWith(" on " + Thread.currentThread().getName());
  }

  @Test
  void observer_seesRequestsOverTheLoopbackEndpoint() {
    LoopbackEndpoint loopback = harness.serveOnLoopback(0);
    try (LambdaClient client =
        LambdaClient.builder()
            .endpointOverride(loopback.uri())
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build()) {
      client.getAccountSettings();
    }
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).startsWith("account-settings GET /2016-08-19/account-settings -> 200 on ");
  }

  @Test
  void observer_ofARequestNoServiceHandles_isToldTheHarnessAnswered() {
    ServiceResponse response = harness.handle(request("/nowhere"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(seen).containsExactly("hangar GET /nowhere -> 400 on " + Thread.currentThread().getName());
  }

  @Test
  void observers_areCalledInTheOrderTheyWereAdded() {
    List<String> order = new CopyOnWriteArrayList<>();
    try (Harness two =
        Harness.builder()
            .observer((service, request, response) -> order.add("first"))
            .observer((service, request, response) -> order.add("second"))
            .build()) {
      two.handle(request("/a"));
    }
    assertThat(order).containsExactly("first", "second");
  }

  @Test
  void failingObserver_turnsTheAnswerIntoAnErrorNamingIt() {
    try (Harness failing =
            Harness.builder()
                .service(new AccountSettingsService(1))
                .observer(
                    (service, request, response) -> {
                      throw new IllegalStateException("observer broke");
                    })
                .build();
        LambdaClient client = client(failing.endpoint())) {
      assertThatThrownBy(client::getAccountSettings)
          .isInstanceOf(LambdaException.class)
          .hasMessageContaining("was carried out: java.lang.IllegalStateException: observer broke")
          .satisfies(
              e ->
                  assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                      .isEqualTo("HangarObserverFailed"));
    }
  }

  @Test
  void builder_refusesANullObserver() {
    assertThatThrownBy(() -> Harness.builder().observer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("observer");
  }

  private static ServiceRequest request(String path) {
    return new ServiceRequest("GET", "h.hangar.localhost", path, "", HttpHeaders.empty(), new byte[0]);
  }

  private static LambdaClient client(URI endpoint) {
    return LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
  }
}
