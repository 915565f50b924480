package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events functions receive, field by field, against the events API Gateway delivers (the
 * samples in "Manage connected users and client apps: $connect and $disconnect routes" and captured
 * events such as gist noid11/4aa8933d0b5cdbcc09d377c5d65d28c1): which fields are present at all, in
 * which event, and their values.
 */
class WebSocketEventShapeTest {
  private static final Instant START = Instant.parse("2024-02-09T18:11:43.419Z");
  private static final String ID = "[A-Za-z0-9+/]{15}=";

  private final TestFunctions functions = new TestFunctions();
  private final HarnessClock clock = HarnessClock.fixed(START);
  private WebSocketGateway gateway;
  private Harness harness;

  @BeforeEach
  void start() {
    functions
        .webSocket("OnConnect", e -> TestFunctions.status(200))
        .webSocket("OnDisconnect", e -> TestFunctions.status(200))
        .webSocket("OnDefault", e -> TestFunctions.status(200));
    WebSocketApi api =
        WebSocketApi.builder("shapes")
            .apiId("abcd123456")
            .stage("dev")
            .route("$connect", "OnConnect")
            .route("$disconnect", "OnDisconnect")
            .route("$default", "OnDefault")
            .build();
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().clock(clock).functions(functions).service(gateway).build();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private JsonNode last(String function) throws Exception {
    List<String> payloads = functions.payloads(function);
    return TestFunctions.JSON.readTree(payloads.get(payloads.size() - 1));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void connectEvent_hasHeadersQueryAndConnectRequestContext() throws Exception {
    WebSocketClient client =
        gateway
            .connector("shapes")
            .queryParameter("room", "lobby")
            .queryParameter("room", "games")
            .header("Authorization", "token-1")
            .userAgent("wscat/5.2")
            .sourceIp("203.0.113.7")
            .connect();

    JsonNode event = last("OnConnect");
    assertThat(names(event))
        .containsExactly(
            "headers",
            "multiValueHeaders",
            "queryStringParameters",
            "multiValueQueryStringParameters",
            "requestContext",
            "isBase64Encoded");
    assertThat(names(event.get("headers")))
        .containsExactly(
            "Host",
            "Authorization",
            "User-Agent",
            "Sec-WebSocket-Extensions",
            "Sec-WebSocket-Key",
            "Sec-WebSocket-Version",
            "X-Amzn-Trace-Id",
            "X-Forwarded-For",
            "X-Forwarded-Port",
            "X-Forwarded-Proto");
    JsonNode headers = event.get("headers");
    assertThat(headers.get("Host").asText())
        .isEqualTo("abcd123456.execute-api.us-east-1.amazonaws.com");
    assertThat(headers.get("Sec-WebSocket-Version").asText()).isEqualTo("13");
    assertThat(headers.get("Sec-WebSocket-Key").asText()).matches("[A-Za-z0-9+/]{22}==");
    assertThat(headers.get("X-Amzn-Trace-Id").asText()).matches("Root=1-65c66adf-[0-9a-f]{24}");
    assertThat(headers.get("X-Forwarded-For").asText()).isEqualTo("203.0.113.7");
    assertThat(headers.get("X-Forwarded-Port").asText()).isEqualTo("443");
    assertThat(headers.get("X-Forwarded-Proto").asText()).isEqualTo("https");
    assertThat(event.get("multiValueHeaders").get("Authorization").toString())
        .isEqualTo("[\"token-1\"]");
    assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"room\":\"games\"}");
    assertThat(event.get("multiValueQueryStringParameters").toString())
        .isEqualTo("{\"room\":[\"lobby\",\"games\"]}");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

    JsonNode context = event.get("requestContext");
    assertThat(names(context))
        .containsExactly(
            "routeKey",
            "eventType",
            "extendedRequestId",
            "requestTime",
            "messageDirection",
            "stage",
            "connectedAt",
            "requestTimeEpoch",
            "identity",
            "requestId",
            "domainName",
            "connectionId",
            "apiId");
    assertThat(context.get("routeKey").asText()).isEqualTo("$connect");
    assertThat(context.get("eventType").asText()).isEqualTo("CONNECT");
    assertThat(context.get("extendedRequestId").asText()).matches(ID);
    assertThat(context.get("requestId").asText())
        .isEqualTo(context.get("extendedRequestId").asText());
    assertThat(context.get("requestTime").asText()).isEqualTo("09/Feb/2024:18:11:43 +0000");
    assertThat(context.get("messageDirection").asText()).isEqualTo("IN");
    assertThat(context.get("stage").asText()).isEqualTo("dev");
    assertThat(context.get("connectedAt").asLong()).isEqualTo(START.toEpochMilli());
    assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(START.toEpochMilli());
    assertThat(context.get("identity").toString())
        .isEqualTo("{\"userAgent\":\"wscat/5.2\",\"sourceIp\":\"203.0.113.7\"}");
    assertThat(context.get("domainName").asText())
        .isEqualTo("abcd123456.execute-api.us-east-1.amazonaws.com");
    assertThat(context.get("connectionId").asText()).isEqualTo(client.connectionId()).matches(ID);
    assertThat(context.get("apiId").asText()).isEqualTo("abcd123456");
  }

  @Test
  void connectEvent_withoutQuery_hasNoQueryFields() throws Exception {
    gateway.connect("shapes");

    JsonNode event = last("OnConnect");
    assertThat(event.has("queryStringParameters")).isFalse();
    assertThat(event.has("multiValueQueryStringParameters")).isFalse();
    assertThat(event.get("requestContext").get("identity").toString())
        .isEqualTo("{\"sourceIp\":\"127.0.0.1\"}");
  }

  @Test
  void messageEvent_hasBodyAndMessageId_butNoHeadersOrQuery() throws Exception {
    WebSocketClient client = gateway.connector("shapes").queryParameter("a", "b").connect();
    clock.advance(Duration.ofSeconds(5));

    client.send("{\"action\":\"nothing-matches\"}");

    JsonNode event = last("OnDefault");
    assertThat(names(event)).containsExactly("requestContext", "body", "isBase64Encoded");
    assertThat(event.get("body").asText()).isEqualTo("{\"action\":\"nothing-matches\"}");
    JsonNode context = event.get("requestContext");
    assertThat(names(context))
        .containsExactly(
            "routeKey",
            "messageId",
            "eventType",
            "extendedRequestId",
            "requestTime",
            "messageDirection",
            "stage",
            "connectedAt",
            "requestTimeEpoch",
            "identity",
            "requestId",
            "domainName",
            "connectionId",
            "apiId");
    assertThat(context.get("routeKey").asText()).isEqualTo("$default");
    assertThat(context.get("eventType").asText()).isEqualTo("MESSAGE");
    assertThat(context.get("messageId").asText()).matches(ID);
    assertThat(context.get("connectedAt").asLong()).isEqualTo(START.toEpochMilli());
    assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(START.toEpochMilli() + 5000);
    assertThat(context.get("requestTime").asText()).isEqualTo("09/Feb/2024:18:11:48 +0000");
  }

  @Test
  void disconnectEvent_hasStatusCodeAndReason_andApiGatewaysOwnHeaders() throws Exception {
    WebSocketClient client = gateway.connect("shapes");

    client.close(4001, "leaving");

    JsonNode event = last("OnDisconnect");
    assertThat(names(event))
        .containsExactly("headers", "multiValueHeaders", "requestContext", "isBase64Encoded");
    assertThat(event.get("headers").toString())
        .isEqualTo(
            "{\"Host\":\"abcd123456.execute-api.us-east-1.amazonaws.com\",\"x-api-key\":\"\","
                + "\"X-Forwarded-For\":\"\",\"x-restapi\":\"\"}");
    JsonNode context = event.get("requestContext");
    assertThat(names(context))
        .containsExactly(
            "routeKey",
            "disconnectStatusCode",
            "eventType",
            "extendedRequestId",
            "requestTime",
            "messageDirection",
            "disconnectReason",
            "stage",
            "connectedAt",
            "requestTimeEpoch",
            "identity",
            "requestId",
            "domainName",
            "connectionId",
            "apiId");
    assertThat(context.get("routeKey").asText()).isEqualTo("$disconnect");
    assertThat(context.get("eventType").asText()).isEqualTo("DISCONNECT");
    assertThat(context.get("disconnectStatusCode").asInt()).isEqualTo(4001);
    assertThat(context.get("disconnectReason").asText()).isEqualTo("leaving");
    assertThat(context.get("connectionId").asText()).isEqualTo(client.connectionId());
  }

  @Test
  void events_deserialiseIntoTheLambdaEventsType() throws Exception {
    WebSocketClient client = gateway.connector("shapes").header("X-Test", "1").connect();
    client.send("hello");

    APIGatewayV2WebSocketEvent connect =
        TestFunctions.JSON.readValue(
            functions.payloads("OnConnect").get(0), APIGatewayV2WebSocketEvent.class);
    APIGatewayV2WebSocketEvent message =
        TestFunctions.JSON.readValue(
            functions.payloads("OnDefault").get(0), APIGatewayV2WebSocketEvent.class);

    assertThat(connect.getHeaders()).containsEntry("X-Test", "1");
    assertThat(connect.getRequestContext().getEventType()).isEqualTo("CONNECT");
    assertThat(connect.getRequestContext().getConnectionId()).isEqualTo(client.connectionId());
    assertThat(connect.getRequestContext().getConnectedAt()).isEqualTo(START.toEpochMilli());
    assertThat(message.getHeaders()).isNull();
    assertThat(message.getBody()).isEqualTo("hello");
    assertThat(message.getRequestContext().getRouteKey()).isEqualTo("$default");
    assertThat(message.getRequestContext().getMessageId()).matches(ID);
    assertThat(message.getRequestContext().getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
  }

  @Test
  void stageVariables_appearInEveryEvent() throws Exception {
    harness.close();
    WebSocketApi api =
        WebSocketApi.builder("vars")
            .stageVariable("table", "Connections")
            .route("$connect", "OnConnect")
            .route("$default", "OnDefault")
            .build();
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().clock(clock).functions(functions).service(gateway).build();

    gateway.connect("vars").send("x");

    assertThat(last("OnConnect").get("stageVariables").toString())
        .isEqualTo("{\"table\":\"Connections\"}");
    assertThat(last("OnDefault").get("stageVariables").toString())
        .isEqualTo("{\"table\":\"Connections\"}");
  }
}
