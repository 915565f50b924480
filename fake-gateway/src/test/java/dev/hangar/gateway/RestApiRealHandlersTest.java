package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A REST API in front of real handler classes run by the harness's Lambda runtime (not the test
 * invoker): the runtime's serialiser reads the gateway's payload 1.0 event into {@link
 * APIGatewayProxyRequestEvent} and {@link APIGatewayCustomAuthorizerEvent}, and writes the
 * handlers' {@link APIGatewayProxyResponseEvent} and {@link IamPolicyResponseV1} back, so the two
 * must agree on every field.
 */
class RestApiRealHandlersTest {
  static final AtomicReference<APIGatewayProxyRequestEvent> ORDER_EVENT = new AtomicReference<>();
  static final AtomicReference<APIGatewayCustomAuthorizerEvent> AUTHORIZER_EVENT =
      new AtomicReference<>();

  private Harness harness;
  private FakeGateway gateway;

  /** The integration: answers 201 with two cookies, or echoes a PNG back base64-encoded. */
  public static final class OrderHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      ORDER_EVENT.set(event);
      if (event.getIsBase64Encoded()) {
        return new APIGatewayProxyResponseEvent()
            .withStatusCode(200)
            .withHeaders(Map.of("Content-Type", "image/png"))
            .withBody(event.getBody())
            .withIsBase64Encoded(true);
      }
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(201)
          .withHeaders(Map.of("Content-Type", "application/json"))
          .withMultiValueHeaders(Map.of("Set-Cookie", List.of("a=1", "b=2")))
          .withBody(
              "{\"order\":\"" + event.getPathParameters().get("id") + "\",\"tenant\":\""
                  + event.getRequestContext().getAuthorizer().get("tenant") + "\"}")
          .withIsBase64Encoded(false);
    }
  }

  /** A TOKEN authorizer: allows "allow", denies "deny", answers Unauthorized otherwise. */
  public static final class TokenAuthorizer
      implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {
    @Override
    public IamPolicyResponseV1 handleRequest(
        APIGatewayCustomAuthorizerEvent event, Context context) {
      AUTHORIZER_EVENT.set(event);
      String token = event.getAuthorizationToken();
      if (!token.equals("allow") && !token.equals("deny")) {
        throw new IllegalStateException("Unauthorized");
      }
      IamPolicyResponseV1.Statement statement =
          token.equals("allow")
              ? IamPolicyResponseV1.allowStatement(event.getMethodArn())
              : IamPolicyResponseV1.denyStatement(event.getMethodArn());
      return IamPolicyResponseV1.builder()
          .withPrincipalId("user-7")
          .withPolicyDocument(
              IamPolicyResponseV1.PolicyDocument.builder()
                  .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
                  .withStatement(List.of(statement))
                  .build())
          .withContext(Map.of("tenant", "acme", "level", 3))
          .build();
    }
  }

  @BeforeEach
  void start() {
    ORDER_EVENT.set(null);
    AUTHORIZER_EVENT.set(null);
    gateway =
        FakeGateway.of(
            ApiDefinition.rest("orders")
                .id("realrest01")
                .stage("prod")
                .authorizer(Authorizer.lambdaToken("token", "token-authorizer"))
                .route(Route.of("GET /orders/{id}", "orders").authorizer("token"))
                .route("POST /images", "orders")
                .binaryMediaTypes("image/png")
                .build());
    harness =
        Harness.builder()
            .accountId("123456789012")
            .clock(HarnessClock.fixed(Instant.parse("2024-02-09T18:11:43Z")))
            .service(gateway)
            .build();
    harness
        .lambda()
        .register(FunctionDefinition.builder("orders").handler(OrderHandler.class).build());
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("token-authorizer").handler(TokenAuthorizer.class).build());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void allowedRequest_reachesTheHandler_withEveryPayload10FieldTyped() {
    GatewayResponse response =
        gateway
            .api("orders")
            .request("GET", "/orders/42?tag=x&tag=y")
            .header("Authorization", "allow")
            .header("X-Multi", "a")
            .header("X-Multi", "b")
            .sourceIp("203.0.113.9")
            .send();

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json("order")).isEqualTo("42");
    assertThat(response.json("tenant")).isEqualTo("acme");
    assertThat(response.headerValues("Set-Cookie")).containsExactly("a=1", "b=2");
    APIGatewayProxyRequestEvent event = ORDER_EVENT.get();
    assertThat(event.getResource()).isEqualTo("/orders/{id}");
    assertThat(event.getPath()).isEqualTo("/orders/42");
    assertThat(event.getHttpMethod()).isEqualTo("GET");
    assertThat(event.getHeaders()).containsEntry("X-Multi", "b");
    assertThat(event.getMultiValueHeaders().get("X-Multi")).containsExactly("a", "b");
    assertThat(event.getQueryStringParameters()).containsExactly(Map.entry("tag", "y"));
    assertThat(event.getMultiValueQueryStringParameters().get("tag")).containsExactly("x", "y");
    assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "42"));
    assertThat(event.getIsBase64Encoded()).isFalse();
    assertThat(event.getBody()).isNull();
    APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
    assertThat(context.getResourcePath()).isEqualTo("/orders/{id}");
    assertThat(context.getPath()).isEqualTo("/prod/orders/42");
    assertThat(context.getStage()).isEqualTo("prod");
    assertThat(context.getApiId()).isEqualTo("realrest01");
    assertThat(context.getAccountId()).isEqualTo("123456789012");
    assertThat(context.getRequestTimeEpoch()).isEqualTo(1707502303000L);
    assertThat(context.getIdentity().getSourceIp()).isEqualTo("203.0.113.9");
    assertThat(context.getAuthorizer())
        .containsEntry("principalId", "user-7")
        .containsEntry("tenant", "acme")
        .containsEntry("level", "3");
  }

  @Test
  void tokenAuthorizer_receivesTheTokenAndTheMethodArn() {
    gateway.api("orders").request("GET", "/orders/42").header("Authorization", "allow").send();

    APIGatewayCustomAuthorizerEvent event = AUTHORIZER_EVENT.get();
    assertThat(event.getType()).isEqualTo("TOKEN");
    assertThat(event.getAuthorizationToken()).isEqualTo("allow");
    assertThat(event.getMethodArn())
        .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:realrest01/prod/GET/orders/42");
  }

  @Test
  void explicitDeny_andUnauthorized_neverReachTheHandler() {
    GatewayResponse denied =
        gateway.api("orders").request("GET", "/orders/1").header("Authorization", "deny").send();
    GatewayResponse unauthorized =
        gateway.api("orders").request("GET", "/orders/2").header("Authorization", "who").send();

    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body())
        .isEqualTo(
            "{\"Message\":\"User is not authorized to access this resource with an explicit deny"
                + " in an identity-based policy\"}");
    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(ORDER_EVENT.get()).isNull();
    assertThat(harness.lambda().invocations("orders")).isEmpty();
  }

  @Test
  void binaryBody_travelsBase64EncodedBothWays() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};

    GatewayResponse response =
        gateway
            .api("orders")
            .request("POST", "/images")
            .header("Accept", "image/png")
            .body(png, "image/png")
            .send();

    APIGatewayProxyRequestEvent event = ORDER_EVENT.get();
    assertThat(event.getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(png);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyBytes()).isEqualTo(png);
  }
}
