package dev.hangar.dynamo.internal.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sizes as DynamoDB measures them (developer guide, "Item sizes and formats"). */
class ItemSizeTest {

  private static int number(String text) {
    return ItemSize.number(Numbers.parse(text).value());
  }

  @Test
  void number_costsOneBytePlusHalfAByteOfSignificantDigitsOnEachSideOfThePoint() {
    assertThat(number("0")).isEqualTo(1);
    assertThat(number("1")).isEqualTo(2);
    assertThat(number("10")).isEqualTo(2);
    assertThat(number("1000")).isEqualTo(2);
    assertThat(number("12345")).isEqualTo(4);
    assertThat(number("0.5")).isEqualTo(2);
    assertThat(number("0.005")).isEqualTo(2);
    assertThat(number("1.5")).isEqualTo(3);
    assertThat(number("-1")).isEqualTo(3);
    assertThat(number("-1.5")).isEqualTo(4);
    assertThat(number("9".repeat(38))).isEqualTo(20);
  }

  @Test
  void strings_countUtf8Bytes_andNamesCount() {
    assertThat(ItemSize.of(Map.of("ab", new Value.S("é€😀")))).isEqualTo(2 + 2 + 3 + 4);
  }

  @Test
  void documents_costThreeBytesPlusOnePerElement() {
    Value map = new Value.M(Map.of("k", new Value.Bool(true)));
    Value list = new Value.L(List.of(new Value.Null(), new Value.S("ab")));
    assertThat(ItemSize.of(map)).isEqualTo(3 + 1 + 1 + 1);
    assertThat(ItemSize.of(list)).isEqualTo(3 + (1 + 1) + (1 + 2));
  }

  @Test
  void sets_costTheirElements() {
    assertThat(ItemSize.of(new Value.SS(Set.of("a", "bc")))).isEqualTo(3);
    assertThat(ItemSize.of(new Value.NS(Set.of(Numbers.parse("1"), Numbers.parse("-1")))))
        .isEqualTo(5);
  }
}
