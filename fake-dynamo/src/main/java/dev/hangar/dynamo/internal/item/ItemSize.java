package dev.hangar.dynamo.internal.item;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item and attribute sizes as DynamoDB measures them for the 400 KB limit, the 1 MB page and
 * capacity units: names count as their UTF-8 bytes; strings their UTF-8 bytes; binaries their
 * bytes; booleans and nulls one byte; lists and maps three bytes plus one per element plus the
 * elements; a number one byte plus half a byte per significant digit on each side of the point,
 * rounded up, plus one when negative.
 */
public final class ItemSize {
  /** The largest item DynamoDB stores: 400 KB, names included. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  private ItemSize() {}

  /**
   * The size of an item: every attribute's name and value.
   *
   * @param item the attributes
   * @return the size in bytes
   */
  public static long of(Map<String, Value> item) {
    long size = 0;
    for (Map.Entry<String, Value> entry : item.entrySet()) {
      size += utf8Length(entry.getKey()) + of(entry.getValue());
    }
    return size;
  }

  /**
   * The size of one value, without its name.
   *
   * @param value the value
   * @return the size in bytes
   */
  public static long of(Value value) {
    if (value instanceof Value.S s) {
      return utf8Length(s.value());
    } else if (value instanceof Value.N n) {
      return number(n.value());
    } else if (value instanceof Value.B b) {
      return b.value().length;
    } else if (value instanceof Value.Bool || value instanceof Value.Null) {
      return 1;
    } else if (value instanceof Value.M m) {
      long size = 3;
      for (Map.Entry<String, Value> entry : m.value().entrySet()) {
        size += 1 + utf8Length(entry.getKey()) + of(entry.getValue());
      }
      return size;
    } else if (value instanceof Value.L l) {
      long size = 3;
      for (Value element : l.value()) {
        size += 1 + of(element);
      }
      return size;
    } else if (value instanceof Value.SS ss) {
      long size = 0;
      for (String s : ss.value()) {
        size += utf8Length(s);
      }
      return size;
    } else if (value instanceof Value.NS ns) {
      long size = 0;
      for (Value.N n : ns.value()) {
        size += number(n.value());
      }
      return size;
    } else {
      long size = 0;
      for (Value.B b : ((Value.BS) value).value()) {
        size += b.value().length;
      }
      return size;
    }
  }

  /**
   * The size of a number: DynamoDB stores digits in pairs (base 100), so zeros that only place the
   * point cost nothing, while zeros between significant digits do.
   *
   * @param number the number
   * @return the size in bytes
   */
  public static int number(BigDecimal number) {
    if (number.signum() == 0) {
      return 1;
    }
    String plain = number.abs().stripTrailingZeros().toPlainString();
    int point = plain.indexOf('.');
    String integer = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point + 1);
    integer = stripLeadingZeros(integer);
    if (fraction.isEmpty()) {
      integer = stripTrailingZeros(integer);
    }
    if (integer.isEmpty()) {
      fraction = stripLeadingZeros(fraction);
    }
    int size = 1 + (integer.length() + 1) / 2 + (fraction.length() + 1) / 2;
    return number.signum() < 0 ? size + 1 : size;
  }

  /**
   * The UTF-8 length of a string, without encoding it.
   *
   * @param text the string
   * @return the number of bytes
   */
  public static int utf8Length(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /**
   * The UTF-8 bytes of a string.
   *
   * @param text the string
   * @return the bytes
   */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static String stripTrailingZeros(String digits) {
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }
}
