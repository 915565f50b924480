package dev.hangar.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRequestParserTest {
    private final OrderRequestParser parser = new OrderRequestParser();

    @Test
    void parse_validOrder_returnsLinesAndTotal() {
        Validated<NewOrder> result = parser.parse("""
                {"currency": "EUR", "lines": [
                  {"sku": "TEA-GREEN-100", "quantity": 2, "unitPriceCents": 450},
                  {"sku": "MUG-1", "quantity": 1, "unitPriceCents": 1299}]}""");

        assertThat(result.isValid()).isTrue();
        assertThat(result.value().currency()).isEqualTo("EUR");
        assertThat(result.value().lines()).containsExactly(
                new NewOrder.Line("TEA-GREEN-100", 2, 450), new NewOrder.Line("MUG-1", 1, 1299));
        assertThat(result.value().totalCents()).isEqualTo(2 * 450 + 1299);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1, 2]", "\"text\"", "{\"currency\": "})
    void parse_bodyThatIsNotAnObject_reportsOneError(String body) {
        assertThat(parser.parse(body).errors()).containsExactly("Request body must be a JSON object");
    }

    @Test
    void parse_nullBody_reportsOneError() {
        assertThat(parser.parse(null).errors()).containsExactly("Request body must be a JSON object");
    }

    @Test
    void parse_emptyObject_reportsEveryMissingField() {
        assertThat(parser.parse("{}").errors()).containsExactly(
                "currency must be one of EUR, GBP, USD",
                "lines must be an array of 1 to 50 items");
    }

    @Test
    void parse_unknownCurrencyAndNoLines_reportsBoth() {
        assertThat(parser.parse("{\"currency\": \"eur\", \"lines\": []}").errors()).containsExactly(
                "currency must be one of EUR, GBP, USD",
                "lines must be an array of 1 to 50 items");
    }

    @Test
    void parse_badLines_reportsEachProblemWithItsPath() {
        Validated<NewOrder> result = parser.parse("""
                {"currency": "USD", "lines": [
                  {"sku": "ok-lower", "quantity": 0, "unitPriceCents": -1},
                  "text",
                  {"sku": "A", "quantity": 1.5, "unitPriceCents": 10000001},
                  {"sku": "B", "quantity": "2", "unitPriceCents": 1}]}""");

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).containsExactly(
                "lines[0].sku must be 1 to 32 upper-case letters, digits or dashes",
                "lines[0].quantity must be a whole number from 1 to 100",
                "lines[0].unitPriceCents must be a whole number from 0 to 10000000",
                "lines[1] must be an object",
                "lines[2].quantity must be a whole number from 1 to 100",
                "lines[2].unitPriceCents must be a whole number from 0 to 10000000",
                "lines[3].quantity must be a whole number from 1 to 100");
    }

    @Test
    void parse_sameSkuTwice_reportsTheDuplicate() {
        assertThat(parser.parse("""
                {"currency": "GBP", "lines": [
                  {"sku": "A-1", "quantity": 1, "unitPriceCents": 1},
                  {"sku": "B-2", "quantity": 1, "unitPriceCents": 1},
                  {"sku": "A-1", "quantity": 3, "unitPriceCents": 1}]}""").errors())
                .containsExactly("lines[2].sku duplicates lines[0].sku");
    }

    @Test
    void parse_fiftyOneLines_isRefused() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"S").append(i).append("\",\"quantity\":1,\"unitPriceCents\":1}");
        }
        assertThat(parser.parse("{\"currency\":\"EUR\",\"lines\":[" + lines + "]}").errors())
                .containsExactly("lines must be an array of 1 to 50 items");
    }

    @Test
    void parse_limitsThemselves_areAccepted() {
        Validated<NewOrder> result = parser.parse("""
                {"currency": "EUR", "lines": [
                  {"sku": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "quantity": 100, "unitPriceCents": 10000000},
                  {"sku": "FREE", "quantity": 1, "unitPriceCents": 0}]}""");

        assertThat(result.errors()).isEmpty();
        assertThat(result.value().totalCents()).isEqualTo(1_000_000_000L);
    }
}
