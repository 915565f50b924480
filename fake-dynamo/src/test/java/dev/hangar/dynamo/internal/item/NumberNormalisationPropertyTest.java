package dev.hangar.dynamo.internal.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: any textual form of a number normalises to the canonical text of its value. */
class NumberNormalisationPropertyTest {

  @Test
  void anySpellingOfANumber_normalisesToItsPlainCanonicalText() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      String digits = randomDigits(random, 1 + random.nextInt(38));
      int scale = random.nextInt(80) - 40;
      BigDecimal value = new BigDecimal(new java.math.BigInteger(digits), scale);
      if (random.nextBoolean()) {
        value = value.negate();
      }
      String spelled = spell(value, random);
      Value.N parsed = Numbers.parse(spelled);
      BigDecimal stripped = value.stripTrailingZeros();
      String expected = value.signum() == 0 ? "0" : stripped.toPlainString();
      assertThat(parsed.text()).as(spelled).isEqualTo(expected);
      assertThat(parsed.value().compareTo(value)).as(spelled).isZero();
      assertThat(Numbers.parse(parsed.text())).isEqualTo(parsed);
    }
  }

  private static String randomDigits(Random random, int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** One of the many texts DynamoDB accepts for the same number. */
  private static String spell(BigDecimal value, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return value.toPlainString();
      case 1:
        return value.toString().replace("E", random.nextBoolean() ? "e" : "E");
      case 2:
        String plain = value.abs().toPlainString();
        String sign = value.signum() < 0 ? "-" : (random.nextBoolean() ? "+" : "");
        return sign + "000" + plain + (plain.contains(".") ? "000" : "");
      default:
        return value.movePointLeft(3).toPlainString() + "e3";
    }
  }
}
