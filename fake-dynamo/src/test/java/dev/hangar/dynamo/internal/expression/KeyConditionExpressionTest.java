package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Errors.assertValidation;
import static dev.hangar.dynamo.internal.expression.Items.b;
import static dev.hangar.dynamo.internal.expression.Items.item;
import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.names;
import static dev.hangar.dynamo.internal.expression.Items.s;
import static dev.hangar.dynamo.internal.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyConditionExpressionTest {
  private static final Map<String, Value> VALUES =
      values(":p", s("user#1"), ":a", s("2024"), ":b", s("2025"), ":n", n("3"));

  private static KeyCondition key(String text) {
    return Expressions.keyCondition(text, new ExpressionContext(null, VALUES), "pk", "sk");
  }

  private static void rejects(String text, String sortKey, String message) {
    assertValidation(
        () -> Expressions.keyCondition(text, new ExpressionContext(null, VALUES), "pk", sortKey),
        message);
  }

  @Test
  void partitionKeyAlone_givesNoSortCondition() {
    KeyCondition k = key("pk = :p");
    assertThat(k.partitionKeyName()).isEqualTo("pk");
    assertThat(k.partitionKeyValue()).isEqualTo(s("user#1"));
    assertThat(k.sort()).isEmpty();
    assertThat(k.test(item("pk", s("user#1"), "sk", s("x")))).isTrue();
    assertThat(k.test(item("pk", s("user#2")))).isFalse();
  }

  @Test
  void sortKeyOperators_matchInKeyOrder() {
    assertThat(key("pk = :p AND sk = :a").sort().orElseThrow().operator()).isEqualTo(SortKeyOperator.EQ);
    SortKeyCondition lt = key("pk = :p AND sk < :a").sort().orElseThrow();
    assertThat(lt.test(s("2023-12"))).isTrue();
    assertThat(lt.test(s("2024"))).isFalse();
    assertThat(key("pk = :p AND sk <= :a").sort().orElseThrow().test(s("2024"))).isTrue();
    assertThat(key("pk = :p AND sk > :a").sort().orElseThrow().test(s("2024-01"))).isTrue();
    assertThat(key("pk = :p AND sk >= :a").sort().orElseThrow().test(s("2023"))).isFalse();
    SortKeyCondition between = key("sk BETWEEN :a AND :b AND pk = :p").sort().orElseThrow();
    assertThat(between.operator()).isEqualTo(SortKeyOperator.BETWEEN);
    assertThat(between.operands()).containsExactly(s("2024"), s("2025"));
    assertThat(between.test(s("2024-06"))).isTrue();
    assertThat(between.test(s("2025-01"))).isFalse();
    SortKeyCondition prefix = key("pk = :p AND begins_with(sk, :a)").sort().orElseThrow();
    assertThat(prefix.operator()).isEqualTo(SortKeyOperator.BEGINS_WITH);
    assertThat(prefix.test(s("2024-06"))).isTrue();
    assertThat(prefix.test(n("2024"))).isFalse();
  }

  @Test
  void reversedOperands_areMirrored() {
    SortKeyCondition c = key(":a <= sk AND :p = pk").sort().orElseThrow();
    assertThat(c.operator()).isEqualTo(SortKeyOperator.GE);
    assertThat(c.attributeName()).isEqualTo("sk");
  }

  @Test
  void parentheses_andPlaceholders_areAccepted() {
    KeyCondition k =
        Expressions.keyCondition(
            "(#pk = :p) AND (#sk > :n)",
            new ExpressionContext(names("#pk", "pk", "#sk", "sk"), values(":p", b(1), ":n", n("3"))),
            "pk",
            "sk");
    assertThat(k.test(item("pk", b(1), "sk", n("4")))).isTrue();
    assertThat(k.test(item("pk", b(1), "sk", n("3")))).isFalse();
    assertThat(key("(pk = :p AND (sk = :a))").sort()).isPresent();
  }

  @Test
  void wrongOperators_areNamed() {
    rejects("pk = :p OR sk = :a", "sk", "Invalid operator used in KeyConditionExpression: OR");
    rejects("NOT pk = :p", "sk", "Invalid operator used in KeyConditionExpression: NOT");
    rejects("pk IN (:p)", "sk", "Invalid operator used in KeyConditionExpression: IN");
    rejects("pk <> :p", "sk", "Invalid operator used in KeyConditionExpression: <>");
    rejects("pk = :p AND attribute_exists(sk)", "sk", "Invalid operator used in KeyConditionExpression: attribute_exists");
    rejects("pk = :p AND contains(sk, :a)", "sk", "Invalid operator used in KeyConditionExpression: contains");
    rejects("pk = :p AND size(sk) > :n", "sk", "KeyConditionExpressions cannot contain nested operations");
  }

  @Test
  void wrongShapes_areRejectedWithDynamoDbsMessages() {
    rejects("pk = :p AND sk.x = :a", "sk", "KeyConditionExpressions cannot have conditions on nested attributes");
    rejects("pk = :p AND sk = pk", "sk", "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
    rejects("pk = :p AND :a = :b", "sk", "Invalid condition in KeyConditionExpression: No key attribute specified");
    rejects("pk = :p AND :a BETWEEN sk AND :b", "sk", "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand");
    rejects("pk = :p AND begins_with(:a, sk)", "sk", "Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand");
    rejects("pk = :p AND pk = :p", "sk", "KeyConditionExpressions must only contain one condition per key");
  }

  @Test
  void keySchemaMismatches_areRejected() {
    rejects("sk = :a", "sk", "Query condition missed key schema element: pk");
    rejects("attr1 = :a", "sk", "Query condition missed key schema element: pk");
    rejects("pk = :p AND other1 = :a", "sk", "Query condition missed key schema element: sk");
    rejects("pk = :p AND other1 = :a", null, "Query key condition not supported");
    rejects("pk < :p", "sk", "Query key condition not supported");
    rejects("begins_with(pk, :p)", "sk", "Query key condition not supported");
  }

  @Test
  void expressionErrors_carryTheKeyConditionPrefix() {
    rejects("", "sk", "Invalid KeyConditionExpression: The expression can not be empty;");
    rejects("((pk = :p))", "sk", "Invalid KeyConditionExpression: The expression has redundant parentheses;");
    rejects("pk = :p AND begins_with(sk, :n)", "sk", "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
    rejects("pk = :zz", "sk", "Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :zz");
  }

  @Test
  void sortKeyCondition_checksItsOperandCount() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SortKeyCondition("sk", SortKeyOperator.BETWEEN, List.of(n("1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
