package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One value of a leaf rule: a literal (string, number, boolean, {@code null}) or one comparison
 * operator object ({@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code wildcard},
 * {@code anything-but}, {@code numeric}).
 *
 * <p>Literal strings match character for character; literal numbers match the record's number
 * written the same way (Lambda compares numbers' text: 300, 300.0 and 3.0e2 differ); {@code
 * numeric} compares JSON numbers only, so DynamoDB's {@code N} values, which are strings, never
 * match it.
 */
@FunctionalInterface
interface ValueMatcher {

  boolean matches(JsonNode value);

  static ValueMatcher compile(JsonNode element) {
    if (element.isTextual()) {
      String text = element.textValue();
      return value -> value.isTextual() && value.textValue().equals(text);
    }
    if (element.isNumber()) {
      String text = element.asText();
      return value -> value.isNumber() && value.asText().equals(text);
    }
    if (element.isBoolean()) {
      boolean flag = element.booleanValue();
      return value -> value.isBoolean() && value.booleanValue() == flag;
    }
    if (element.isNull()) {
      return JsonNode::isNull;
    }
    if (element.isObject() && element.size() == 1) {
      String operator = element.fieldNames().next();
      return operator(operator, element.get(operator));
    }
    throw new InvalidFilterPatternException();
  }

  private static ValueMatcher operator(String operator, JsonNode argument) {
    switch (operator) {
      case "prefix":
        return text(argument, false, (value, arg, fold) -> fold(value, fold).startsWith(arg));
      case "suffix":
        return text(argument, false, (value, arg, fold) -> fold(value, fold).endsWith(arg));
      case "equals-ignore-case":
        return caseless(argument);
      case "wildcard":
        return WildcardMatcher.compile(requireText(argument));
      case "anything-but":
        return AnythingBut.compile(argument);
      case "numeric":
        return NumericRange.compile(argument);
      default:
        throw new InvalidFilterPatternException();
    }
  }

  /** A text test applied to string values; its argument is folded when {@code fold} is set. */
  @FunctionalInterface
  interface TextTest {
    boolean test(String value, String argument, boolean fold);
  }

  /**
   * {@code prefix} and {@code suffix}: a string, or {@code {"equals-ignore-case": "..."}} for the
   * case-insensitive form.
   */
  private static ValueMatcher text(JsonNode argument, boolean fold, TextTest test) {
    if (argument.isObject() && argument.size() == 1 && argument.has("equals-ignore-case")) {
      String folded = fold(requireText(argument.get("equals-ignore-case")), true);
      return value -> value.isTextual() && test.test(value.textValue(), folded, true);
    }
    String text = requireText(argument);
    return value -> value.isTextual() && test.test(value.textValue(), text, fold);
  }

  private static ValueMatcher caseless(JsonNode argument) {
    String folded = fold(requireText(argument), true);
    return value -> value.isTextual() && fold(value.textValue(), true).equals(folded);
  }

  static String fold(String text, boolean fold) {
    return fold ? text.toLowerCase(Locale.ROOT) : text;
  }

  static String requireText(JsonNode argument) {
    if (!argument.isTextual()) {
      throw new InvalidFilterPatternException();
    }
    return argument.textValue();
  }

  /** {@code anything-but}: a literal, a list of literals, or one of prefix/suffix/equals-ignore-case/wildcard. */
  final class AnythingBut {
    private AnythingBut() {}

    static ValueMatcher compile(JsonNode argument) {
      ValueMatcher excluded;
      if (argument.isArray()) {
        if (argument.isEmpty()) {
          throw new InvalidFilterPatternException();
        }
        List<ValueMatcher> literals = new ArrayList<>();
        for (JsonNode literal : argument) {
          if (!literal.isTextual() && !literal.isNumber()) {
            throw new InvalidFilterPatternException();
          }
          literals.add(ValueMatcher.compile(literal));
        }
        excluded = value -> literals.stream().anyMatch(m -> m.matches(value));
      } else if (argument.isTextual() || argument.isNumber()) {
        excluded = ValueMatcher.compile(argument);
      } else if (argument.isObject() && argument.size() == 1) {
        String operator = argument.fieldNames().next();
        if (!List.of("prefix", "suffix", "equals-ignore-case", "wildcard").contains(operator)) {
          throw new InvalidFilterPatternException();
        }
        excluded = caselessList(operator, argument.get(operator));
      } else {
        throw new InvalidFilterPatternException();
      }
      return value -> !excluded.matches(value);
    }

    /** {@code equals-ignore-case} inside anything-but may list several strings. */
    private static ValueMatcher caselessList(String operator, JsonNode argument) {
      if (operator.equals("equals-ignore-case") && argument.isArray() && !argument.isEmpty()) {
        List<ValueMatcher> each = new ArrayList<>();
        argument.forEach(a -> each.add(caseless(a)));
        return value -> each.stream().anyMatch(m -> m.matches(value));
      }
      return operator(operator, argument);
    }
  }

  /** {@code numeric}: one or two comparisons ({@code <, <=, =, >, >=}) against JSON numbers. */
  final class NumericRange {
    private NumericRange() {}

    static ValueMatcher compile(JsonNode argument) {
      if (!argument.isArray() || (argument.size() != 2 && argument.size() != 4)) {
        throw new InvalidFilterPatternException();
      }
      List<ValueMatcher> tests = new ArrayList<>();
      for (int i = 0; i < argument.size(); i += 2) {
        JsonNode op = argument.get(i);
        JsonNode bound = argument.get(i + 1);
        if (!op.isTextual() || !bound.isNumber()) {
          throw new InvalidFilterPatternException();
        }
        tests.add(comparison(op.textValue(), bound.decimalValue()));
      }
      if (tests.size() == 2 && argument.get(0).textValue().equals("=")) {
        throw new InvalidFilterPatternException();
      }
      return value -> value.isNumber() && tests.stream().allMatch(t -> t.matches(value));
    }

    private static ValueMatcher comparison(String op, BigDecimal bound) {
      switch (op) {
        case "<":
          return value -> value.decimalValue().compareTo(bound) < 0;
        case "<=":
          return value -> value.decimalValue().compareTo(bound) <= 0;
        case "=":
          return value -> value.decimalValue().compareTo(bound) == 0;
        case ">":
          return value -> value.decimalValue().compareTo(bound) > 0;
        case ">=":
          return value -> value.decimalValue().compareTo(bound) >= 0;
        default:
          throw new InvalidFilterPatternException();
      }
    }
  }
}
