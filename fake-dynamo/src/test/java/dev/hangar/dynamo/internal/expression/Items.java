package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Short builders of values and items for the expression tests. */
final class Items {
  private Items() {}

  static Value s(String text) {
    return new Value.S(text);
  }

  static Value n(String text) {
    return Numbers.parse(text);
  }

  static Value b(int... bytes) {
    byte[] data = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      data[i] = (byte) bytes[i];
    }
    return new Value.B(data);
  }

  static Value l(Value... members) {
    return new Value.L(List.of(members));
  }

  static Value ss(String... members) {
    return new Value.SS(new LinkedHashSet<>(Arrays.asList(members)));
  }

  static Value ns(String... members) {
    LinkedHashSet<Value.N> set = new LinkedHashSet<>();
    for (String member : members) {
      set.add(Numbers.parse(member));
    }
    return new Value.NS(set);
  }

  static Value m(Object... keysAndValues) {
    return new Value.M(item(keysAndValues));
  }

  static Map<String, Value> item(Object... keysAndValues) {
    Map<String, Value> item = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      item.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
    }
    return item;
  }

  static Map<String, Value> values(Object... keysAndValues) {
    return item(keysAndValues);
  }

  static Map<String, String> names(String... keysAndValues) {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      names.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return names;
  }
}
