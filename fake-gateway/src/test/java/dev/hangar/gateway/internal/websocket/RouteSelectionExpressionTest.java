package dev.hangar.gateway.internal.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The evaluation table of "Working with routes for WebSocket APIs", row by row. */
class RouteSelectionExpressionTest {
  private static final String BODY =
      "{\"service\":\"chat\",\"action\":\"join\",\"data\":{\"room\":\"room1234\"},\"n\":7,\"ok\":true,"
          + "\"list\":[1,2]}";

  private static String eval(String expression, String body) {
    return RouteSelectionExpression.parse("api", expression).evaluate(body).orElse("<none>");
  }

  @Test
  void unwrappedVariable() {
    assertThat(eval("$request.body.action", BODY)).isEqualTo("join");
  }

  @Test
  void wrappedVariable() {
    assertThat(eval("${request.body.action}", BODY)).isEqualTo("join");
  }

  @Test
  void multipleVariablesWithStaticValues() {
    assertThat(eval("${request.body.service}/${request.body.action}", BODY)).isEqualTo("chat/join");
  }

  @Test
  void pathNotFound_resolvesToEmpty() {
    assertThat(eval("${request.body.action}-${request.body.invalidPath}", BODY)).isEqualTo("join-");
  }

  @Test
  void staticValue() {
    assertThat(eval("action", BODY)).isEqualTo("action");
  }

  @Test
  void escapedDefault() {
    assertThat(eval("\\$default", BODY)).isEqualTo("$default");
  }

  @Test
  void nestedPath() {
    assertThat(eval("$request.body.data.room", BODY)).isEqualTo("room1234");
  }

  @Test
  void numbersAndBooleans_areStringified() {
    assertThat(eval("$request.body.n", BODY)).isEqualTo("7");
    assertThat(eval("$request.body.ok", BODY)).isEqualTo("true");
  }

  @Test
  void arraysAndObjects_areStringified() {
    assertThat(eval("$request.body.list", BODY)).isEqualTo("[1,2]");
    assertThat(eval("$request.body.data", BODY)).isEqualTo("{\"room\":\"room1234\"}");
  }

  @Test
  void bodyThatIsNotJson_cannotBeEvaluated() {
    assertThat(eval("$request.body.action", "hello")).isEqualTo("<none>");
    assertThat(eval("$request.body.action", "")).isEqualTo("<none>");
    assertThat(eval("$request.body.action", "\"just a string\"")).isEqualTo("<none>");
  }

  @Test
  void staticExpression_needsNoJson() {
    assertThat(eval("join", "not json")).isEqualTo("join");
  }

  @Test
  void nullValue_resolvesToEmpty() {
    assertThat(eval("$request.body.action", "{\"action\":null}")).isEqualTo("");
  }

  @Test
  void otherSources_areRejected() {
    assertThatThrownBy(() -> RouteSelectionExpression.parse("api", "${request.header.x}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WebSocket API 'api': unsupported route selection expression"
                + " '${request.header.x}' (${request.header.x} is not ${request.body.PATH})");
    assertThatThrownBy(() -> RouteSelectionExpression.parse("api", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WebSocket API 'api': unsupported route selection expression '' (it is empty)");
  }
}
