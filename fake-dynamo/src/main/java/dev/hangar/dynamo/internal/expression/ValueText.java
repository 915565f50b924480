package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Base64;

/** Values written the way DynamoDB quotes them inside validation messages. */
final class ValueText {
  private ValueText() {}

  /**
   * A scalar as {@code {N:1}}, {@code {S:abc}}; other types by their descriptor only.
   *
   * @param value a value
   * @return the text
   */
  static String brief(Value value) {
    String content = "";
    if (value instanceof Value.S s) {
      content = s.value();
    } else if (value instanceof Value.N n) {
      content = n.text();
    } else if (value instanceof Value.B b) {
      content = Base64.getEncoder().encodeToString(b.value());
    } else if (value instanceof Value.Bool bool) {
      content = String.valueOf(bool.value());
    }
    return "{" + value.type() + ":" + content + "}";
  }

  /**
   * DynamoDB's long type names, used in update operand messages.
   *
   * @param value a value
   * @return STRING, NUMBER, BINARY, BOOLEAN, NULL, LIST, MAP or the set descriptor
   */
  static String longTypeName(Value value) {
    return switch (value.type()) {
      case "S" -> "STRING";
      case "N" -> "NUMBER";
      case "B" -> "BINARY";
      case "BOOL" -> "BOOLEAN";
      case "NULL" -> "NULL";
      case "L" -> "LIST";
      case "M" -> "MAP";
      default -> value.type();
    };
  }
}
