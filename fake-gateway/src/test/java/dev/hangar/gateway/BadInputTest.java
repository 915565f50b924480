package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Malformed and hostile requests get API Gateway's answers, never a 500 from Hangar. */
class BadInputTest {
  private final TestFunctions functions = new TestFunctions().ok("fn", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("rest").route("ANY /items/{id}", "fn").route("GET /q", "fn").build(),
          ApiDefinition.http("http").route("ANY /items/{id}", "fn").build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void badPercentEncoding_inAPathParameter_is400() {
    GatewayResponse rest = fixture.api("rest").get("/items/%zz");
    assertThat(rest.status()).isEqualTo(400);
    assertThat(rest.body()).isEqualTo("{\"message\":\"Bad Request\"}");
    GatewayResponse http = fixture.api("http").get("/items/%E0%A4");
    assertThat(http.status()).isEqualTo(400);
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void badPercentEncoding_inTheQuery_is400() {
    assertThat(fixture.api("rest").get("/q?x=%G1").status()).isEqualTo(400);
    assertThat(fixture.api("rest").get("/q?x=%").status()).isEqualTo(400);
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void hugeHeaders_are431() {
    GatewayResponse response =
        fixture.api("rest").request("GET", "/items/1").header("X-Big", "a".repeat(11_000)).send();
    assertThat(response.status()).isEqualTo(431);
    assertThat(response.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void emptyPathParameterSegment_doesNotMatchTheVariable() {
    assertThat(fixture.api("rest").get("/items//").status()).isEqualTo(403);
    assertThat(fixture.api("http").get("/items//").status()).isEqualTo(404);
  }

  @Test
  void binaryGarbage_withJsonContentType_reachesTheFunctionBase64OnHttpApis() {
    byte[] garbage = {(byte) 0xc3, (byte) 0x28, 0, (byte) 0xff};
    GatewayResponse response =
        fixture.api("http").request("POST", "/items/1").body(garbage, "application/json").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(functions.last("fn").get("isBase64Encoded").asBoolean()).isTrue();
  }

  @Test
  void malformedPaths_areRefusedByTheClientWithAMessage() {
    assertThatThrownBy(() -> fixture.api("rest").get("items/1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A request path starts with '/', got 'items/1'");
    assertThatThrownBy(() -> fixture.api("rest").get("/items/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent-encode it");
  }

  @Test
  void functionReturningNonJson_is502() {
    functions.json("fn", event -> "not json".getBytes(StandardCharsets.UTF_8));
    assertThat(fixture.api("rest").get("/items/1").status()).isEqualTo(502);
    assertThat(fixture.api("http").get("/items/1").status()).isEqualTo(500);
  }

  @Test
  void badPercentEncoding_overLoopback_is400FromTheHttpServer() throws IOException {
    try (GatewayServer server = fixture.api("rest").serveOnLoopback(0);
        Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket
          .getOutputStream()
          .write("GET /items/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // The JDK HTTP server refuses a request line it cannot parse as a URI before the gateway
      // sees it: the status is API Gateway's, the (HTML) body is the server's.
      assertThat(reply).startsWith("HTTP/1.1 400");
    }
  }

  @Test
  void unknownMethod_isRoutedLikeAnyOther() {
    GatewayResponse response = fixture.api("rest").request("PROPFIND", "/items/1").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(Map.of("m", functions.last("fn").get("httpMethod").asText())).containsEntry("m", "PROPFIND");
  }
}
