package dev.hangar.junit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** Whether read attributes match what a test expects: numbers by value, the rest by equality. */
final class AttributeMatch {
  private AttributeMatch() {}

  /** Whether the item has all these attributes with these values (it may have more). */
  static boolean contains(Map<String, Object> item, Map<String, ?> attributes) {
    for (Map.Entry<String, ?> expected : attributes.entrySet()) {
      if (!item.containsKey(expected.getKey())
          || !same(item.get(expected.getKey()), expected.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Whether two keys are the same: the same attributes with the same values. */
  static boolean sameKey(Map<String, Object> key, Map<String, ?> expected) {
    return key.size() == expected.size() && contains(key, expected);
  }

  private static boolean same(Object actual, Object expected) {
    if (actual instanceof BigDecimal number && expected instanceof Number) {
      return number.compareTo(new BigDecimal(expected.toString())) == 0;
    }
    return Objects.deepEquals(actual, expected);
  }
}
