package dev.hangar.dynamo.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of the durable store's encodings: encoded keys compare as the store orders keys, and
 * every value decodes to what was encoded.
 */
class StoreCodecPropertyTest {
  private final Random random = new Random(11);

  private Value number(Random r) {
    BigInteger unscaled = new BigInteger(1 + r.nextInt(120), r);
    if (r.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    BigDecimal value = new BigDecimal(unscaled, r.nextInt(80) - 40);
    if (value.precision() > 38) {
      value = value.round(new java.math.MathContext(38));
    }
    return r.nextInt(20) == 0 ? Numbers.parse("0") : Numbers.of(value);
  }

  private Value string(Random r) {
    int[] points = {'a', 'b', 'z', 0, 0x7f, 0xe9, 0x4e2d, 0xffff, 0x1f600, 0x10ffff};
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(5); i >= 0; i--) {
      out.appendCodePoint(points[r.nextInt(points.length)]);
    }
    return new Value.S(out.toString());
  }

  private Value binary(Random r) {
    byte[] bytes = new byte[1 + r.nextInt(4)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (r.nextBoolean() ? r.nextInt(3) - 1 : r.nextInt(256));
    }
    return new Value.B(bytes);
  }

  private void checkKeyOrder(Function<Random, Value> values) {
    for (int i = 0; i < 3000; i++) {
      Value a = values.apply(random);
      Value b = values.apply(random);
      Value partition = random.nextBoolean() ? a : new Value.S("p");
      int expected = Integer.signum(ValueOrder.compare(a, b));
      int actual = Integer.signum(Arrays.compareUnsigned(
          KeyCodec.key(new PrimaryKey(partition, a)), KeyCodec.key(new PrimaryKey(partition, b))));
      assertThat(actual).as("%s vs %s", a, b).isEqualTo(expected);
    }
  }

  @Test
  void encodedSortKeys_compareAsValueOrder_forNumbers() {
    checkKeyOrder(this::number);
  }

  @Test
  void encodedSortKeys_compareAsValueOrder_forStrings() {
    checkKeyOrder(this::string);
  }

  @Test
  void encodedSortKeys_compareAsValueOrder_forBinaries() {
    checkKeyOrder(this::binary);
  }

  @Test
  void encodedKeys_ofAPartition_lieBetweenItsBounds_andNoOtherPartitionsDo() {
    for (int i = 0; i < 2000; i++) {
      Value p = random.nextBoolean() ? binary(random) : string(random);
      Value q = random.nextBoolean() ? binary(random) : string(random);
      byte[] key = KeyCodec.key(new PrimaryKey(p, number(random)));
      byte[] other = KeyCodec.key(new PrimaryKey(q, number(random)));
      assertThat(Arrays.compareUnsigned(key, KeyCodec.partitionStart(p))).isGreaterThanOrEqualTo(0);
      assertThat(Arrays.compareUnsigned(key, KeyCodec.partitionEnd(p))).isLessThan(0);
      boolean inside = Arrays.compareUnsigned(other, KeyCodec.partitionStart(p)) >= 0
          && Arrays.compareUnsigned(other, KeyCodec.partitionEnd(p)) < 0;
      assertThat(inside).as("%s inside %s", q, p).isEqualTo(p.equals(q));
    }
  }

  @Test
  void valueCodec_roundTripsEveryType() {
    for (int i = 0; i < 500; i++) {
      Map<String, Value> attributes = new LinkedHashMap<>();
      attributes.put("s", string(random));
      attributes.put("n", number(random));
      attributes.put("b", binary(random));
      attributes.put("bool", new Value.Bool(random.nextBoolean()));
      attributes.put("null", new Value.Null());
      attributes.put("m", new Value.M(Map.of("x", number(random), "y",
          new Value.L(List.of(string(random), new Value.M(Map.of()))))));
      attributes.put("ss", new Value.SS(Set.of("a", "b")));
      attributes.put("ns", new Value.NS(Set.of(Numbers.parse("1"), Numbers.parse("-2.5"))));
      attributes.put("bs", new Value.BS(Set.of(new Value.B(new byte[] {1}))));
      StoredItem item = StoredItem.of(attributes);
      StoredItem decoded = ValueCodec.decode(ValueCodec.encode(item));
      assertThat(decoded.attributes()).containsExactlyEntriesOf(item.attributes());
      assertThat(decoded.size()).isEqualTo(item.size());
      Value.N n = (Value.N) decoded.attributes().get("n");
      assertThat(n.text()).isEqualTo(((Value.N) item.attributes().get("n")).text());
    }
  }
}
