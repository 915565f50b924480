package dev.hangar.dynamo.internal.item;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitudes from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125, and the normalised text DynamoDB returns.
 */
public final class Numbers {
  /** The message for more than 38 significant digits. */
  public static final String TOO_MANY_DIGITS =
      "Attempting to store more than 38 significant digits in a Number";

  /** The message for a magnitude above the range. */
  public static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";

  /** The message for a non-zero magnitude below the range. */
  public static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  /** The message for text that is not a number. */
  public static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";

  /** The message for an empty number. */
  public static final String EMPTY = "The parameter cannot be converted to a numeric value";

  private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final int MAX_DIGITS = 38;
  private static final int MAX_EXPONENT = 125;
  private static final int MIN_EXPONENT = -130;

  private Numbers() {}

  /**
   * Parses, validates and normalises a number as DynamoDB does on input.
   *
   * @param text the number as sent
   * @return the normalised number
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message when the text is
   *     empty, not a number, or out of range or precision
   */
  public static Value.N parse(String text) {
    if (text.isEmpty()) {
      throw DynamoException.validation(EMPTY);
    }
    if (text.length() > 1000 || !SYNTAX.matcher(text).matches()) {
      throw DynamoException.validation(NOT_A_NUMBER);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw DynamoException.validation(NOT_A_NUMBER);
    }
    return of(value);
  }

  /**
   * Validates and normalises a computed number, such as the result of {@code SET a = a + :v}.
   *
   * @param value the number
   * @return the normalised number
   * @throws DynamoException a {@code ValidationException} when out of range or precision
   */
  public static Value.N of(BigDecimal value) {
    if (value.signum() == 0) {
      return new Value.N(BigDecimal.ZERO, "0");
    }
    BigDecimal stripped = value.stripTrailingZeros();
    // The exponent of the leading digit in scientific notation: d.ddd × 10^exponent.
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      throw DynamoException.validation(OVERFLOW);
    }
    if (exponent < MIN_EXPONENT) {
      throw DynamoException.validation(UNDERFLOW);
    }
    if (stripped.precision() > MAX_DIGITS) {
      throw DynamoException.validation(TOO_MANY_DIGITS);
    }
    return new Value.N(stripped, stripped.toPlainString());
  }
}
