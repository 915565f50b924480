package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Arrays;

/** The value tests behind {@code begins_with}, {@code contains} and {@code size}. */
final class ValueFunctions {
  private ValueFunctions() {}

  static boolean beginsWith(Value value, Value prefix) {
    if (value instanceof Value.S s && prefix instanceof Value.S p) {
      return s.value().startsWith(p.value());
    }
    if (value instanceof Value.B b && prefix instanceof Value.B p) {
      return b.value().length >= p.value().length
          && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
    }
    return false;
  }

  static boolean contains(Value value, Value operand) {
    if (value == null || operand == null) {
      return false;
    }
    if (value instanceof Value.S s && operand instanceof Value.S part) {
      return s.value().contains(part.value());
    }
    if (value instanceof Value.B b && operand instanceof Value.B part) {
      return indexOf(b.value(), part.value()) >= 0;
    }
    if (value instanceof Value.SS set && operand instanceof Value.S member) {
      return set.value().contains(member.value());
    }
    if (value instanceof Value.NS set && operand instanceof Value.N member) {
      return set.value().contains(member);
    }
    if (value instanceof Value.BS set && operand instanceof Value.B member) {
      return set.value().contains(member);
    }
    if (value instanceof Value.L list) {
      return list.value().contains(operand);
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The size DynamoDB's {@code size} function reports, or null for types without one. */
  static Integer size(Value value) {
    if (value instanceof Value.S s) {
      return s.value().length();
    }
    if (value instanceof Value.B b) {
      return b.value().length;
    }
    if (value instanceof Value.SS set) {
      return set.value().size();
    }
    if (value instanceof Value.NS set) {
      return set.value().size();
    }
    if (value instanceof Value.BS set) {
      return set.value().size();
    }
    if (value instanceof Value.L list) {
      return list.value().size();
    }
    if (value instanceof Value.M map) {
      return map.value().size();
    }
    return null;
  }
}
