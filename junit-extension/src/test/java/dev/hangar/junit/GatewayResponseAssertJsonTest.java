package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code hasJsonPath}: JSON-number semantics at every depth, and messages that show the difference. */
@HangarTest(template = "templates/order-lines.yaml")
class GatewayResponseAssertJsonTest {

  @Test
  void hasJsonPath_comparesNumbersByValue_insideListsAndObjects(GatewayClient api) {
    GatewayResponse response = api.get("/order");
    assertThat(response)
        .hasJsonPath("total", 10.0)
        .hasJsonPath("lines[0]", Map.of("sku", "a", "quantity", 4, "price", 2.5))
        .hasJsonPath(
            "lines",
            List.of(
                Map.of("sku", "a", "quantity", 4L, "price", new java.math.BigDecimal("2.500")),
                Map.of("sku", "b", "quantity", 1.0, "price", 0)));
  }

  @Test
  void hasJsonPath_differentNestedNumber_namesWhereAndBothValues(GatewayClient api) {
    GatewayResponse response = api.get("/order");
    assertThatThrownBy(
            () -> assertThat(response).hasJsonPath("lines[0]", Map.of("sku", "a", "quantity", 5, "price", 2.5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            ": at lines[0].quantity expected <5> (a number) but was <4> (a number); body:");
  }

  @Test
  void hasJsonPath_sameTextDifferentKind_saysWhichKinds(GatewayClient api) {
    GatewayResponse response = api.get("/order");
    assertThatThrownBy(() -> assertThat(response).hasJsonPath("lines[1]", Map.of("sku", "b", "quantity", "1", "price", 0)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(": at lines[1].quantity expected <1> (a string) but was <1> (a number)");
  }

  @Test
  void hasJsonPath_missingKeyOrElement_saysWhich(GatewayClient api) {
    GatewayResponse response = api.get("/order");
    assertThatThrownBy(() -> assertThat(response).hasJsonPath("lines[0]", Map.of("sku", "a", "quantity", 4)))
        .hasMessageContaining(": at lines[0].price the key is not expected but was <2.5>");
    assertThatThrownBy(() -> assertThat(response).hasJsonPath("lines", List.of(Map.of())))
        .hasMessageContaining(": at lines[0].price the key is not expected");
  }
}
