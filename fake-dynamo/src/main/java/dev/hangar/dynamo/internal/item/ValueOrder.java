package dev.hangar.dynamo.internal.item;

import java.util.Arrays;

/**
 * DynamoDB's order of key values: numbers numerically, strings by the unsigned bytes of their UTF-8
 * encoding (the same as Unicode code point order), binaries by unsigned bytes. Used for sort keys,
 * key conditions and comparison operators.
 */
public final class ValueOrder {
  private ValueOrder() {}

  /**
   * Whether two values can be ordered against each other: both S, both N or both B.
   *
   * @param a a value
   * @param b another value
   * @return true when {@link #compare(Value, Value)} accepts them
   */
  public static boolean comparable(Value a, Value b) {
    return (a instanceof Value.S && b instanceof Value.S)
        || (a instanceof Value.N && b instanceof Value.N)
        || (a instanceof Value.B && b instanceof Value.B);
  }

  /**
   * Compares two scalar values of the same type in DynamoDB's order.
   *
   * @param a a value
   * @param b another value of the same type
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   * @throws IllegalArgumentException when the values are not {@link #comparable(Value, Value)}
   */
  public static int compare(Value a, Value b) {
    if (a instanceof Value.N x && b instanceof Value.N y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Value.S x && b instanceof Value.S y) {
      return compareStrings(x.value(), y.value());
    }
    if (a instanceof Value.B x && b instanceof Value.B y) {
      return Arrays.compareUnsigned(x.value(), y.value());
    }
    throw new IllegalArgumentException("Cannot order " + a.type() + " against " + b.type());
  }

  /**
   * Compares strings by code point, which is the order of their UTF-8 bytes; {@link
   * String#compareTo} compares UTF-16 units and gets supplementary characters wrong.
   *
   * @param a a string
   * @param b another string
   * @return negative, zero or positive
   */
  public static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
