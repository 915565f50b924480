package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Errors.assertValidation;
import static dev.hangar.dynamo.internal.expression.Items.item;
import static dev.hangar.dynamo.internal.expression.Items.l;
import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.ns;
import static dev.hangar.dynamo.internal.expression.Items.s;
import static dev.hangar.dynamo.internal.expression.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyConditionsTest {
  private static final Map<String, Value> ITEM =
      item("a", n("5"), "s", s("hello"), "tags", ss("x", "y"), "l", l(s("p"), n("1")));

  private static LegacyCondition op(String operator, Value... values) {
    return LegacyCondition.of(operator, values.length == 0 ? null : Arrays.asList(values));
  }

  private static Map<String, LegacyCondition> conditions(Object... namesAndConditions) {
    Map<String, LegacyCondition> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndConditions.length; i += 2) {
      map.put((String) namesAndConditions[i], (LegacyCondition) namesAndConditions[i + 1]);
    }
    return map;
  }

  private static boolean holds(String name, LegacyCondition condition) {
    return LegacyConditions.expected(conditions(name, condition), null).test(ITEM);
  }

  @Test
  void comparisonOperators_followTheConditionReference() {
    assertThat(holds("a", op("EQ", n("5.0")))).isTrue();
    assertThat(holds("a", op("NE", n("5")))).isFalse();
    assertThat(holds("ghost", op("NE", n("5")))).isTrue();
    assertThat(holds("a", op("LT", n("6")))).isTrue();
    assertThat(holds("a", op("LE", n("5")))).isTrue();
    assertThat(holds("a", op("GT", n("5")))).isFalse();
    assertThat(holds("a", op("GE", s("5")))).isFalse();
    assertThat(holds("a", op("NOT_NULL"))).isTrue();
    assertThat(holds("ghost", op("NULL"))).isTrue();
    assertThat(holds("s", op("CONTAINS", s("ell")))).isTrue();
    assertThat(holds("tags", op("CONTAINS", s("x")))).isTrue();
    assertThat(holds("l", op("CONTAINS", n("1")))).isTrue();
    assertThat(holds("tags", op("NOT_CONTAINS", s("z")))).isTrue();
    assertThat(holds("s", op("BEGINS_WITH", s("he")))).isTrue();
    assertThat(holds("a", op("IN", n("1"), n("5")))).isTrue();
    assertThat(holds("a", op("BETWEEN", n("5"), n("9")))).isTrue();
    assertThat(holds("tags", op("EQ", ss("y", "x")))).isTrue();
    assertThat(holds("l", op("EQ", l(s("p"), n("1"))))).isTrue();
    assertThat(holds("l", op("NE", l(s("p"))))).isTrue();
  }

  @Test
  void existsAndValue_checkPresenceAndEquality() {
    assertThat(holds("a", new LegacyCondition(n("5"), null, null, null))).isTrue();
    assertThat(holds("a", new LegacyCondition(n("5"), true, null, null))).isTrue();
    assertThat(holds("a", new LegacyCondition(null, false, null, null))).isFalse();
    assertThat(holds("ghost", new LegacyCondition(null, false, null, null))).isTrue();
    assertThat(LegacyConditions.expected(conditions("a", new LegacyCondition(null, false, null, null)), null).test(Map.of()))
        .isTrue();
  }

  @Test
  void conditionalOperator_combinesWithAndOrOr() {
    Map<String, LegacyCondition> two = conditions("a", op("EQ", n("1")), "s", op("EQ", s("hello")));
    assertThat(LegacyConditions.expected(two, null).test(ITEM)).isFalse();
    assertThat(LegacyConditions.expected(two, "AND").test(ITEM)).isFalse();
    assertThat(LegacyConditions.expected(two, "OR").test(ITEM)).isTrue();
    assertThat(LegacyConditions.expected(two, "OR").paths()).extracting(AttributePath::toString).containsExactly("a", "s");
  }

  @Test
  void conditionalOperator_needsTwoConditions() {
    assertValidation(() -> LegacyConditions.expected(conditions(), "OR"), "ConditionalOperator cannot be used without Filter or Expected");
    assertValidation(
        () -> LegacyConditions.expected(conditions("a", op("NULL")), "OR"),
        "ConditionalOperator can only be used when Filter or Expected has two or more elements");
    assertValidation(
        () -> LegacyConditions.expected(conditions("a", op("NULL"), "b", op("NULL")), "XOR"),
        "1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [AND, OR]");
  }

  private static void rejectsExpected(LegacyCondition condition, String message) {
    assertValidation(() -> LegacyConditions.expected(conditions("a", condition), null), message);
  }

  @Test
  void expectedShapes_areValidatedInDynamoDbsOrder() {
    String p = "One or more parameter values were invalid: ";
    rejectsExpected(new LegacyCondition(n("1"), true, "EQ", null), p + "Exists and ComparisonOperator cannot be used together for Attribute: a");
    rejectsExpected(new LegacyCondition(n("1"), null, "EQ", List.of(n("1"))), p + "Value and AttributeValueList cannot be used together for Attribute: a");
    rejectsExpected(new LegacyCondition(null, null, null, List.of(n("1"))), p + "AttributeValueList can only be used with a ComparisonOperator for Attribute: a");
    rejectsExpected(new LegacyCondition(n("1"), false, null, null), p + "Value cannot be used when Exists is false for Attribute: a");
    rejectsExpected(new LegacyCondition(null, null, "EQ", null), p + "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a");
    rejectsExpected(new LegacyCondition(null, null, null, null), p + "Value must be provided when Exists is null for Attribute: a");
    rejectsExpected(new LegacyCondition(null, true, null, null), p + "Value must be provided when Exists is true for Attribute: a");
  }

  @Test
  void operatorArguments_areValidated() {
    String p = "One or more parameter values were invalid: ";
    rejectsExpected(op("EQ", n("1"), n("2")), p + "Invalid number of argument(s) for the EQ ComparisonOperator");
    rejectsExpected(op("NULL", n("1")), p + "Invalid number of argument(s) for the NULL ComparisonOperator");
    rejectsExpected(op("BETWEEN", n("1")), p + "Invalid number of argument(s) for the BETWEEN ComparisonOperator");
    rejectsExpected(op("IN", n("1"), s("x")), p + "AttributeValues inside AttributeValueList must be of same type");
    rejectsExpected(op("BEGINS_WITH", n("1")), p + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type");
    rejectsExpected(op("LT", ss("x")), p + "ComparisonOperator LT is not valid for SS AttributeValue type");
    rejectsExpected(op("BETWEEN", n("2"), n("1")), "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
  }

  @Test
  void keyConditions_becomeAKeyCondition() {
    KeyCondition k =
        LegacyConditions.keyConditions(
            conditions("pk", op("EQ", s("u1")), "sk", op("BEGINS_WITH", s("2024"))), "pk", "sk");
    assertThat(k.partitionKeyValue()).isEqualTo(s("u1"));
    assertThat(k.sort().orElseThrow().operator()).isEqualTo(SortKeyOperator.BEGINS_WITH);
    assertThat(k.test(item("pk", s("u1"), "sk", s("2024-01")))).isTrue();
  }

  @Test
  void keyConditions_rejectNonIndexableOperatorsAndMissingKeys() {
    assertValidation(
        () -> LegacyConditions.keyConditions(conditions("pk", op("EQ", s("u1")), "sk", op("NE", s("x"))), "pk", "sk"),
        "Attempted conditional constraint is not an indexable operation");
    assertValidation(
        () -> LegacyConditions.keyConditions(conditions("sk", op("EQ", s("x"))), "pk", "sk"),
        "Query condition missed key schema element: pk");
    assertValidation(
        () -> LegacyConditions.keyConditions(conditions("pk", op("GT", s("x"))), "pk", "sk"),
        "Query key condition not supported");
    assertValidation(
        () -> LegacyConditions.keyConditions(conditions("pk", op("EQ", s("x")), "sk", op("EQ", s("y")), "o", op("EQ", s("z"))), "pk", "sk"),
        "Conditions can be of length 1 or 2 only");
  }

  @Test
  void attributesToGet_projectsTopLevelNames_andRejectsDuplicates() {
    Projection p = LegacyConditions.attributesToGet(List.of("a", "name.with.dots", "ghost"));
    assertThat(p.apply(item("a", n("1"), "name.with.dots", s("x"), "b", n("2"))))
        .isEqualTo(item("a", n("1"), "name.with.dots", s("x")));
    assertValidation(
        () -> LegacyConditions.attributesToGet(List.of("a", "a")),
        "One or more parameter values were invalid: Duplicate value in attribute name: a");
  }

  @Test
  void attributeUpdates_putAddAndDelete() {
    Map<String, LegacyUpdate> updates = new LinkedHashMap<>();
    updates.put("p", new LegacyUpdate(null, s("new")));
    updates.put("c", new LegacyUpdate("ADD", n("2")));
    updates.put("l", new LegacyUpdate("ADD", l(s("z"))));
    updates.put("tags", new LegacyUpdate("DELETE", ss("x")));
    updates.put("s", new LegacyUpdate("DELETE", null));
    updates.put("fresh", new LegacyUpdate("ADD", ns("1")));
    Update u = LegacyConditions.attributeUpdates(updates);
    assertThat(u.apply(ITEM.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
        .isEqualTo(item("a", n("5"), "tags", ss("y"), "l", l(s("p"), n("1"), s("z")), "p", s("new"), "c", n("2"), "fresh", ns("1")));
    assertThat(u.paths()).extracting(AttributePath::toString).containsExactly("p", "c", "l", "tags", "s", "fresh");
  }

  @Test
  void attributeUpdates_validateActionsAndTypes() {
    String p = "One or more parameter values were invalid: ";
    assertValidation(() -> LegacyConditions.attributeUpdates(Map.of("a", new LegacyUpdate("PUT", null))), p + "Only DELETE action is allowed when no attribute value is specified");
    assertValidation(() -> LegacyConditions.attributeUpdates(Map.of("a", new LegacyUpdate("ADD", s("x")))), p + "ADD action is not supported for the type S");
    assertValidation(() -> LegacyConditions.attributeUpdates(Map.of("a", new LegacyUpdate("DELETE", n("1")))), p + "DELETE action with value is not supported for the type N");
    assertValidation(
        () -> LegacyConditions.attributeUpdates(Map.of("a", new LegacyUpdate("ADD", n("1")))).apply(item("a", s("x"))),
        "Type mismatch for attribute to update");
  }
}
