package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;

/** An operand of a condition or of a {@code SET} action, after placeholders are resolved. */
sealed interface Operand {

  /**
   * A document path into the item.
   *
   * @param path the resolved path
   */
  record PathOperand(AttributePath path) implements Operand {}

  /**
   * A value from {@code ExpressionAttributeValues}.
   *
   * @param placeholder the placeholder as written, such as {@code :v}
   * @param value the value it stands for
   */
  record ValueOperand(String placeholder, Value value) implements Operand {}

  /**
   * A function call used as an operand: {@code size}, {@code if_not_exists}, {@code list_append},
   * or a condition function where it does not belong (reported at validation).
   *
   * @param name the function name as written
   * @param args the arguments
   */
  record FunctionOperand(String name, List<Operand> args) implements Operand {
    /** Copies the arguments. */
    public FunctionOperand {
      args = List.copyOf(args);
    }
  }

  /**
   * {@code left + right} or {@code left - right} in a {@code SET} action.
   *
   * @param operator {@code +} or {@code -}
   * @param left the left operand
   * @param right the right operand
   */
  record ArithmeticOperand(String operator, Operand left, Operand right) implements Operand {}
}
