package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
 * An HTTP API (payload 2.0) in front of a real handler class run by the harness's Lambda runtime:
 * the runtime reads the gateway's event into {@link APIGatewayV2HTTPEvent} and writes the
 * handler's {@link APIGatewayV2HTTPResponse} back (cookies, base64 bodies), so the two must agree
 * on every field, the JWT authorizer's claims included.
 */
class HttpApiRealHandlersTest {
  private static final String ISSUER = "https://issuer.example.com";
  private static final Instant NOW = Instant.parse("2024-02-09T18:11:43Z");
  static final AtomicReference<APIGatewayV2HTTPEvent> EVENT = new AtomicReference<>();

  private Harness harness;
  private FakeGateway gateway;

  /** Answers with two cookies and a base64-encoded body, as a handler serving bytes does. */
  public static final class ItemHandler
      implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
      EVENT.set(event);
      return APIGatewayV2HTTPResponse.builder()
          .withStatusCode(200)
          .withHeaders(Map.of("content-type", "application/octet-stream"))
          .withCookies(List.of("session=abc; Path=/", "theme=dark"))
          .withBody(Base64.getEncoder().encodeToString(new byte[] {1, 2, (byte) 0xfe}))
          .withIsBase64Encoded(true)
          .build();
    }
  }

  @BeforeEach
  void start() {
    EVENT.set(null);
    gateway =
        FakeGateway.of(
            ApiDefinition.http("items")
                .id("realhttp01")
                .authorizer(Authorizer.jwt("jwt", ISSUER, Tokens.jwks(), "my-api"))
                .route(Route.of("GET /items/{id}", "items").authorizer("jwt"))
                .build());
    harness =
        Harness.builder()
            .accountId("123456789012")
            .clock(HarnessClock.fixed(NOW))
            .service(gateway)
            .build();
    harness
        .lambda()
        .register(FunctionDefinition.builder("items").handler(ItemHandler.class).build());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private String token() {
    return Tokens.rs256(
        "{\"iss\":\"" + ISSUER + "\",\"aud\":\"my-api\",\"sub\":\"user-7\",\"exp\":"
            + (NOW.getEpochSecond() + 60) + "}");
  }

  @Test
  void request_reachesTheHandler_withEveryPayload20FieldTyped() {
    gateway
        .api("items")
        .request("GET", "/items/42?tag=x&tag=y")
        .header("Authorization", "Bearer " + token())
        .header("Cookie", "a=1; b=2")
        .header("X-Multi", "a")
        .header("X-Multi", "b")
        .header("User-Agent", "curl/8.4.0")
        .sourceIp("203.0.113.9")
        .send();

    APIGatewayV2HTTPEvent event = EVENT.get();
    assertThat(event.getVersion()).isEqualTo("2.0");
    assertThat(event.getRouteKey()).isEqualTo("GET /items/{id}");
    assertThat(event.getRawPath()).isEqualTo("/items/42");
    assertThat(event.getRawQueryString()).isEqualTo("tag=x&tag=y");
    assertThat(event.getCookies()).containsExactly("a=1", "b=2");
    assertThat(event.getHeaders()).containsEntry("x-multi", "a,b").doesNotContainKey("cookie");
    assertThat(event.getQueryStringParameters()).containsExactly(Map.entry("tag", "x,y"));
    assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "42"));
    assertThat(event.getIsBase64Encoded()).isFalse();
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    assertThat(context.getRouteKey()).isEqualTo("GET /items/{id}");
    assertThat(context.getStage()).isEqualTo("$default");
    assertThat(context.getApiId()).isEqualTo("realhttp01");
    assertThat(context.getAccountId()).isEqualTo("123456789012");
    assertThat(context.getTimeEpoch()).isEqualTo(NOW.toEpochMilli());
    assertThat(context.getHttp().getMethod()).isEqualTo("GET");
    assertThat(context.getHttp().getPath()).isEqualTo("/items/42");
    assertThat(context.getHttp().getSourceIp()).isEqualTo("203.0.113.9");
    assertThat(context.getHttp().getUserAgent()).isEqualTo("curl/8.4.0");
    assertThat(context.getAuthorizer().getJwt().getClaims())
        .containsEntry("sub", "user-7")
        .containsEntry("aud", "my-api");
    assertThat(context.getAuthorizer().getJwt().getScopes()).isNull();
  }

  @Test
  void response_cookiesBecomeSetCookieHeaders_andTheBodyIsDecoded() {
    GatewayResponse response =
        gateway
            .api("items")
            .request("GET", "/items/1")
            .header("Authorization", "Bearer " + token())
            .send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headerValues("set-cookie")).containsExactly("session=abc; Path=/", "theme=dark");
    assertThat(response.header("content-type")).contains("application/octet-stream");
    assertThat(response.bodyBytes()).containsExactly(1, 2, 0xfe);
  }

  @Test
  void requestWithoutToken_isRefusedBeforeTheHandler() {
    GatewayResponse response = gateway.api("items").get("/items/1");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(harness.lambda().invocations("items")).isEmpty();
  }
}
