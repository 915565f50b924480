package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ForbiddenException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

/** "Use @connections commands in your backend service", through the real SDK client. */
class ManagementApiTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  private final TestFunctions functions = new TestFunctions();
  private final HarnessClock clock = HarnessClock.fixed(START);
  private final AtomicReference<String> postedFromConnect = new AtomicReference<>();
  private WebSocketGateway gateway;
  private Harness harness;
  private ApiGatewayManagementApiClient management;

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    functions
        .webSocket(
            "OnConnect",
            e -> {
              try (ApiGatewayManagementApiClient client =
                  client(e.getRequestContext().getDomainName(), e.getRequestContext().getStage())) {
                client.postToConnection(
                    r ->
                        r.connectionId(e.getRequestContext().getConnectionId())
                            .data(SdkBytes.fromUtf8String("too early")));
                postedFromConnect.set("posted");
              } catch (GoneException gone) {
                postedFromConnect.set("gone " + gone.statusCode());
              }
              return TestFunctions.status(200);
            })
        .webSocket("OnDisconnect", e -> TestFunctions.status(200))
        .webSocket("OnDefault", e -> TestFunctions.status(200));
    WebSocketApi api =
        WebSocketApi.builder("mgmt")
            .apiId("q1w2e3r4t5")
            .stage("prod")
            .route("$connect", "OnConnect")
            .route("$disconnect", "OnDisconnect")
            .route("$default", "OnDefault")
            .build();
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().clock(clock).functions(functions).service(gateway).build();
    management = client("q1w2e3r4t5.execute-api.us-east-1.amazonaws.com", "prod");
  }

  private static ApiGatewayManagementApiClient client(String host, String stage) {
    return ApiGatewayManagementApiClient.builder()
        .endpointOverride(java.net.URI.create("https://" + host + "/" + stage))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  @AfterEach
  void stop() {
    management.close();
    harness.close();
  }

  @Test
  void managementEndpoint_isTheApisExecuteApiUrlWithStage() {
    assertThat(gateway.managementEndpoint("mgmt").toString())
        .isEqualTo("https://q1w2e3r4t5.execute-api.us-east-1.amazonaws.com/prod");
    assertThat(gateway.webSocketUrl("mgmt").toString())
        .isEqualTo("wss://q1w2e3r4t5.execute-api.us-east-1.amazonaws.com/prod");
  }

  @Test
  void postToConnection_deliversTheDataAsAMessage() {
    WebSocketClient client = gateway.connect("mgmt");

    management.postToConnection(
        r -> r.connectionId(client.connectionId()).data(SdkBytes.fromUtf8String("pushed ✓")));

    assertThat(client.receive()).isEqualTo("pushed ✓");
  }

  @Test
  void postToConnection_duringConnect_isGone() {
    gateway.connect("mgmt");

    assertThat(postedFromConnect.get()).isEqualTo("gone 410");
  }

  @Test
  void getConnection_reportsConnectedAtIdentityAndLastActiveAt() {
    WebSocketClient client =
        gateway.connector("mgmt").sourceIp("198.51.100.4").userAgent("test-agent/1").connect();
    clock.advance(Duration.ofSeconds(30));
    client.send("activity");

    GetConnectionResponse connection =
        management.getConnection(r -> r.connectionId(client.connectionId()));

    assertThat(connection.connectedAt()).isEqualTo(START);
    assertThat(connection.lastActiveAt()).isEqualTo(START.plusSeconds(30));
    assertThat(connection.identity().sourceIp()).isEqualTo("198.51.100.4");
    assertThat(connection.identity().userAgent()).isEqualTo("test-agent/1");
  }

  @Test
  void deleteConnection_closesTheClient_andRunsDisconnect() {
    WebSocketClient client = gateway.connect("mgmt");

    management.deleteConnection(r -> r.connectionId(client.connectionId()));

    assertThat(client.isOpen()).isFalse();
    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1000, ""));
    assertThat(functions.payloads("OnDisconnect")).hasSize(1);
    assertThat(gateway.connectionIds("mgmt")).isEmpty();
  }

  @Test
  void closedConnection_isGone_forPostGetAndDelete() {
    WebSocketClient client = gateway.connect("mgmt");
    String id = client.connectionId();
    client.close();

    assertThatThrownBy(
            () ->
                management.postToConnection(
                    r -> r.connectionId(id).data(SdkBytes.fromUtf8String("x"))))
        .isInstanceOf(GoneException.class)
        .hasMessageStartingWith(
            "Service returned error code GoneException (Service: ApiGatewayManagementApi, Status"
                + " Code: 410")
        .satisfies(e -> assertThat(((GoneException) e).statusCode()).isEqualTo(410))
        .satisfies(
            e ->
                assertThat(((GoneException) e).awsErrorDetails().errorCode())
                    .isEqualTo("GoneException"));
    assertThatThrownBy(() -> management.getConnection(r -> r.connectionId(id)))
        .isInstanceOf(GoneException.class);
    assertThatThrownBy(() -> management.deleteConnection(r -> r.connectionId(id)))
        .isInstanceOf(GoneException.class);
  }

  @Test
  void unknownConnectionId_isGone() {
    assertThatThrownBy(() -> management.getConnection(r -> r.connectionId("AAAAAAAAAAAAAAA=")))
        .isInstanceOf(GoneException.class);
  }

  @Test
  void wrongStage_isForbidden_withNoMethodFound() {
    WebSocketClient client = gateway.connect("mgmt");
    String id = client.connectionId();
    try (ApiGatewayManagementApiClient wrong =
        client("q1w2e3r4t5.execute-api.us-east-1.amazonaws.com", "dev")) {
      assertThatThrownBy(() -> wrong.getConnection(r -> r.connectionId(id)))
          .isInstanceOf(ForbiddenException.class)
          .hasMessageStartingWith(
              "No method found matching route dev/@connections/"
                  + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                  + " for http method GET. (Service: ApiGatewayManagementApi, Status Code: 403");
    }
  }

  @Test
  void endpointWithoutStage_isForbidden_withNoMethodFound() {
    WebSocketClient client = gateway.connect("mgmt");
    try (ApiGatewayManagementApiClient noStage =
        ApiGatewayManagementApiClient.builder()
            .endpointOverride(
                java.net.URI.create("https://q1w2e3r4t5.execute-api.us-east-1.amazonaws.com"))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build()) {
      assertThatThrownBy(
              () ->
                  noStage.postToConnection(
                      r ->
                          r.connectionId(client.connectionId()).data(SdkBytes.fromUtf8String("x"))))
          .isInstanceOf(ForbiddenException.class)
          .hasMessageStartingWith("No method found matching route @connections/");
    }
  }

  @Test
  void postOver128KB_isPayloadTooLarge_andTheConnectionStaysOpen() {
    WebSocketClient client = gateway.connect("mgmt");
    byte[] data = new byte[128 * 1024 + 1];
    java.util.Arrays.fill(data, (byte) 'a');

    assertThatThrownBy(
            () ->
                management.postToConnection(
                    r -> r.connectionId(client.connectionId()).data(SdkBytes.fromByteArray(data))))
        .isInstanceOf(PayloadTooLargeException.class)
        .satisfies(e -> assertThat(((PayloadTooLargeException) e).statusCode()).isEqualTo(413));
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void postOfExactly128KB_isDelivered() {
    WebSocketClient client = gateway.connect("mgmt");
    String data = "b".repeat(128 * 1024);

    management.postToConnection(
        r -> r.connectionId(client.connectionId()).data(SdkBytes.fromUtf8String(data)));

    assertThat(client.receive()).hasSize(128 * 1024);
  }
}
