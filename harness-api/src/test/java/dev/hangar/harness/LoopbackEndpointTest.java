package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The loopback endpoint: the same fakes over real HTTP, on loopback only. */
class LoopbackEndpointTest {
  private final AccountSettingsService service = new AccountSettingsService(333);
  private final Harness harness = Harness.builder().service(service).build();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void sdkClientWithItsOwnHttpClient_reachesTheHarnessOverLoopback() {
    LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
    assertThat(endpoint.uri().getHost()).isEqualTo("127.0.0.1");
    try (LambdaClient client =
        LambdaClient.builder()
            .endpointOverride(endpoint.uri())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThat(client.getAccountSettings().accountLimit().totalCodeSize()).isEqualTo(333L);
    }
  }

  @Test
  void serveOnLoopback_refusesTheWildcardAddress() throws Exception {
    InetAddress any = InetAddress.getByName("0.0.0.0");
    assertThatThrownBy(() -> harness.serveOnLoopback(any, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Hangar serves only on a loopback address (127.0.0.1 or ::1), never on 0.0.0.0:"
                + " the fakes have no authentication and must not be reachable from the network");
  }

  @Test
  void serveOnLoopback_refusesANonLoopbackInterfaceAddress() throws Exception {
    InetAddress routable = InetAddress.getByName("192.0.2.1");
    assertThatThrownBy(() -> harness.serveOnLoopback(routable, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never on 192.0.2.1");
  }

  @Test
  void unroutableRequest_getsA400NamingTheHostAndServices() throws Exception {
    HttpResponse<String> response =
        postOverLoopback("/unknown?x=1", "X-Amz-Target", "Nobody_20990101.Anything", "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("No service of this harness handles POST /unknown")
        .contains("X-Amz-Target Nobody_20990101.Anything")
        .contains("on host 127.0.0.1")
        .contains("registered services: account-settings");
  }

  @Test
  void bodyThatClaimsGzipButIsNot_getsA400_notAHang() throws Exception {
    HttpResponse<String> response =
        postOverLoopback("/2016-08-19/account-settings/", "Content-Encoding", "gzip", "not gzip");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("HangarBadRequest");
    assertThat(service.calls).hasValue(0);
  }

  @Test
  void malformedRequestLine_getsA400_notAHang() throws Exception {
    LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /a b%zz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = readStatusLine(socket.getInputStream());
      assertThat(status).startsWith("HTTP/1.1 400");
    }
    assertThat(service.calls).hasValue(0);
  }

  @Test
  void closedEndpoint_freesItsPort() throws Exception {
    LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
    int port = endpoint.port();
    endpoint.close();
    LoopbackEndpoint again = harness.serveOnLoopback(port);
    assertThat(again.port()).isEqualTo(port);
  }

  private static String readStatusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.write(c);
    }
    return line.toString(StandardCharsets.US_ASCII).trim();
  }

  /** Serves the harness on a free loopback port and POSTs one request with one header to it. */
  private HttpResponse<String> postOverLoopback(String path, String header, String value, String body)
      throws Exception {
    LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(endpoint.uri().resolve(path))
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
