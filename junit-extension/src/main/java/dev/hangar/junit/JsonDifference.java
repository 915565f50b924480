package dev.hangar.junit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The first place where a JSON value (as Java: maps, lists, strings, numbers, booleans, null)
 * differs from an expected one, with numbers compared by value at every depth as JSON does.
 */
final class JsonDifference {
  private JsonDifference() {}

  /** A description of the first difference, or null when the values are the same. */
  static String between(String path, Object expected, Object found) {
    if (expected instanceof Number e && found instanceof Number f) {
      return sameNumber(e, f) ? null : differ(path, expected, found);
    }
    if (expected instanceof Map<?, ?> e && found instanceof Map<?, ?> f) {
      return betweenMaps(path, e, f);
    }
    if (expected instanceof List<?> e && found instanceof List<?> f) {
      return betweenLists(path, e, f);
    }
    return Objects.equals(expected, found) ? null : differ(path, expected, found);
  }

  private static String betweenMaps(String path, Map<?, ?> expected, Map<?, ?> found) {
    TreeSet<String> keys = new TreeSet<>();
    expected.keySet().forEach(k -> keys.add(String.valueOf(k)));
    found.keySet().forEach(k -> keys.add(String.valueOf(k)));
    for (String key : keys) {
      String at = path + "." + key;
      boolean inExpected = expected.containsKey(key);
      boolean inFound = found.containsKey(key);
      if (inExpected != inFound) {
        return "at " + at + " " + (inExpected ? "expected <" + expected.get(key) + "> but the key is absent"
            : "the key is not expected but was <" + found.get(key) + ">");
      }
      String difference = between(at, expected.get(key), found.get(key));
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String betweenLists(String path, List<?> expected, List<?> found) {
    for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
      String difference = between(path + "[" + i + "]", expected.get(i), found.get(i));
      if (difference != null) {
        return difference;
      }
    }
    return expected.size() == found.size()
        ? null
        : "at " + path + " expected " + expected.size() + " elements but was " + found.size();
  }

  private static boolean sameNumber(Number expected, Number found) {
    BigDecimal e = decimal(expected);
    BigDecimal f = decimal(found);
    return e != null && f != null ? e.compareTo(f) == 0 : expected.equals(found);
  }

  /** Null for NaN and infinities, which JSON cannot hold. */
  private static BigDecimal decimal(Number number) {
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String differ(String path, Object expected, Object found) {
    return "at " + path + " expected <" + expected + "> (" + kind(expected) + ") but was <" + found
        + "> (" + kind(found) + ")";
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof CharSequence) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return "a " + value.getClass().getName();
  }
}
