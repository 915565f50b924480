package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.LoopbackEndpoint;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same requests give the same answers through the in-process test client and through a real
 * HTTP client ({@code java.net.http.HttpClient}) over the loopback server.
 */
class LoopbackParityTest {
  private final TestFunctions functions =
      new TestFunctions()
          .json(
              "echo",
              event ->
                  Map.of(
                      "statusCode", 201,
                      "headers", Map.of("X-Echo-Path", event.get("path").asText()),
                      "body", "{\"id\":\"" + event.at("/pathParameters/id").asText() + "\",\"q\":\""
                          + event.at("/queryStringParameters/q").asText() + "\",\"body\":"
                          + (event.get("body").isNull() ? "null" : TestFunctions.MAPPER.valueToTree(event.get("body").asText()).toString())
                          + "}"))
          .json("tokenAuth", event -> Map.of(
              "principalId", "p",
              "policyDocument", Map.of("Statement", Map.of(
                  "Effect", event.get("authorizationToken").asText().equals("good") ? "Allow" : "Deny",
                  "Action", "execute-api:Invoke",
                  "Resource", "*"))));
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("orders")
              .id("orders1234")
              .stage("prod")
              .authorizer(Authorizer.lambdaToken("auth", "tokenAuth"))
              .route("POST /orders/{id}", "echo")
              .route(Route.of("GET /secure/{id}", "echo").authorizer("auth"))
              .build());
  private final GatewayServer server = fixture.api("orders").serveOnLoopback(0);

  @AfterEach
  void close() {
    server.close();
    fixture.close();
  }

  interface Transport {
    Reply send(String method, String path, Map<String, String> headers, String body) throws Exception;
  }

  record Reply(int status, String contentType, String body) {}

  static Stream<Arguments> transports() {
    return Stream.of(Arguments.of("in-process"), Arguments.of("loopback"));
  }

  private Transport transport(String kind) {
    if (kind.equals("in-process")) {
      return (method, path, headers, body) -> {
        GatewayClient.Request request = fixture.api("orders").request(method, path);
        headers.forEach(request::header);
        if (body != null) {
          request.body(body, "application/json");
        }
        GatewayResponse response = request.send();
        return new Reply(response.status(), response.header("Content-Type").orElse(null), response.body());
      };
    }
    HttpClient client = HttpClient.newHttpClient();
    return (method, path, headers, body) -> {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.uri() + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void postWithPathQueryAndBody_reachesTheFunction(String kind) throws Exception {
    Reply reply = transport(kind).send("POST", "/orders/a%20b?q=x%26y", Map.of(), "{\"n\":1}");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body()).isEqualTo("{\"id\":\"a b\",\"q\":\"x&y\",\"body\":\"{\\\"n\\\":1}\"}");
    assertThat(reply.contentType()).isEqualTo("application/json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void authorizerMatrix_sameAnswers(String kind) throws Exception {
    Transport transport = transport(kind);
    assertThat(transport.send("GET", "/secure/1", Map.of("Authorization", "good"), null).status())
        .isEqualTo(201);
    Reply denied = transport.send("GET", "/secure/1", Map.of("Authorization", "bad"), null);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body())
        .isEqualTo("{\"Message\":\"User is not authorized to access this resource with an explicit deny in an identity-based policy\"}");
    Reply missing = transport.send("GET", "/secure/1", Map.of(), null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(functions.count("echo")).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void noRoute_isMissingAuthenticationToken(String kind) throws Exception {
    Reply reply = transport(kind).send("GET", "/nope", Map.of(), null);
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void loopbackEvent_carriesTheClientsAddressAndProtocol() throws Exception {
    transport("loopback").send("POST", "/orders/1", Map.of(), "{}");
    assertThat(functions.last("echo").at("/requestContext/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
    assertThat(functions.last("echo").at("/requestContext/protocol").asText()).isEqualTo("HTTP/1.1");
  }

  @Test
  void executeApiHost_throughTheHarness_selectsTheStageFromThePath() {
    ServiceResponse response =
        fixture.harness.handle(
            new ServiceRequest(
                "POST",
                "orders1234.execute-api.us-east-1.amazonaws.com",
                "/prod/orders/7",
                "",
                HttpHeaders.builder().set("Content-Type", "application/json").build(),
                "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).isEqualTo(201);
    assertThat(functions.last("echo").at("/requestContext/path").asText()).isEqualTo("/prod/orders/7");
    ServiceResponse wrongStage =
        fixture.harness.handle(
            new ServiceRequest(
                "POST",
                "orders1234.execute-api.us-east-1.amazonaws.com",
                "/dev/orders/7",
                "",
                HttpHeaders.empty(),
                new byte[0]));
    assertThat(wrongStage.status()).isEqualTo(403);
    assertThat(wrongStage.bodyAsString()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void executeApiHost_overTheHarnessLoopbackEndpoint_withTheHostHeader() throws Exception {
    LoopbackEndpoint endpoint = fixture.harness.serveOnLoopback(0);
    String request =
        "POST /prod/orders/9 HTTP/1.1\r\n"
            + "Host: orders1234.execute-api.us-east-1.amazonaws.com\r\n"
            + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 201");
      assertThat(reply).endsWith("{\"id\":\"9\",\"q\":\"\",\"body\":\"{}\"}");
    }
    assertThat(fixture.gateway.invokeUrl("orders", "prod"))
        .isEqualTo("https://orders1234.execute-api.us-east-1.amazonaws.com/prod");
  }
}
