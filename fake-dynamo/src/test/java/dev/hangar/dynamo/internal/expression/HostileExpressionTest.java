package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Malformed and hostile expressions get a ValidationException, never another exception. */
class HostileExpressionTest {

  private static Throwable parseAll(String text) {
    return catchThrowable(
        () -> {
          ExpressionContext ctx = new ExpressionContext(null, values(":v", n("1")));
          try {
            Expressions.condition(text, ctx, "ConditionExpression");
          } catch (DynamoException e) {
            // expected for most inputs
          }
          try {
            Expressions.update(text, ctx);
          } catch (DynamoException e) {
            // expected for most inputs
          }
          try {
            Expressions.projection(text, ctx);
          } catch (DynamoException e) {
            // expected for most inputs
          }
          try {
            Expressions.keyCondition(text, ctx, "pk", "sk");
          } catch (DynamoException e) {
            // expected for most inputs
          }
        });
  }

  @Test
  void deeplyNestedParentheses_areRejectedWithoutOverflowingTheStack() {
    assertThat(parseAll("(".repeat(2040) + "a = :v" + ")".repeat(2040))).isNull();
    assertThat(parseAll("(a = :v AND ".repeat(340) + "a = :v" + ")".repeat(340))).isNull();
    assertThat(parseAll("NOT ".repeat(1020) + "a = :v")).isNull();
    assertThat(parseAll("size(".repeat(800) + "a" + ")".repeat(800) + " = :v")).isNull();
    assertThat(parseAll("SET a = " + "if_not_exists(a, ".repeat(240) + ":v" + ")".repeat(240))).isNull();
    assertThat(parseAll("(".repeat(4000))).isNull();
  }

  @Test
  void nestingBeyond256Levels_isASyntaxError_whileDeepButSensibleNestingParses() {
    ExpressionContext ctx = new ExpressionContext(null, values(":v", n("1")));
    String deep = "(a = :v AND ".repeat(200) + "a = :v" + ")".repeat(200);
    assertThat(Expressions.condition(deep, ctx, "ConditionExpression").test(java.util.Map.of())).isFalse();
    Errors.assertValidation(
        () -> Expressions.condition("NOT ".repeat(300) + "a = :v", ctx, "ConditionExpression"),
        "Invalid ConditionExpression: Syntax error; token: \"NOT\", near: \"NOT NOT NOT\"");
  }

  @Test
  void randomTokenSoup_neverThrowsAnythingButValidationExceptions() {
    String[] pieces = {
      "a", "b.c", "[1]", "#n", ":v", ":w", "(", ")", ",", "=", "<>", "<", ">=", "AND", "OR",
      "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE", "size(", "contains(", "+", "-",
      "if_not_exists(", "list_append(", "attribute_exists(", "begins_with(", "é", "\\u0000", "'", "[", "]",
      "99999999999", "_", " ", "."
    };
    Random random = new Random(42);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      assertThat(parseAll(text.toString())).as(text.toString()).isNull();
    }
  }
}
