package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Errors.assertValidation;
import static dev.hangar.dynamo.internal.expression.Items.m;
import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.names;
import static dev.hangar.dynamo.internal.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.hangar.dynamo.internal.item.Value;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionContextTest {

  @Test
  void emptyMaps_areRejected() {
    assertValidation(() -> new ExpressionContext(Map.of(), null), "ExpressionAttributeNames must not be empty");
    assertValidation(() -> new ExpressionContext(null, Map.of()), "ExpressionAttributeValues must not be empty");
  }

  @Test
  void malformedKeys_areRejected() {
    assertValidation(() -> new ExpressionContext(names("s", "status"), null), "ExpressionAttributeNames contains invalid key: Syntax error; key: \"s\"");
    assertValidation(() -> new ExpressionContext(names("#", "status"), null), "ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"");
    assertValidation(() -> new ExpressionContext(names("#a-b", "status"), null), "ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"");
    assertValidation(() -> new ExpressionContext(null, values("v", n("1"))), "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
  }

  @Test
  void placeholdersOver255Bytes_areRejected() {
    String longest = "#" + "a".repeat(254);
    assertThatCode(() -> new ExpressionContext(names(longest, "x"), null)).doesNotThrowAnyException();
    assertValidation(
        () -> new ExpressionContext(names(longest + "a", "x"), null),
        "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256");
    assertValidation(
        () -> new ExpressionContext(null, values(":" + "v".repeat(255), n("1"))),
        "ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long; size of key: 256");
  }

  @Test
  void emptySets_inValues_areRejected() {
    assertValidation(
        () -> new ExpressionContext(null, values(":v", new Value.SS(new LinkedHashSet<>()))),
        "ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v");
    assertValidation(
        () -> new ExpressionContext(null, values(":v", m("x", new Value.NS(new LinkedHashSet<>())))),
        "ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An number set  may not be empty for key :v");
    assertValidation(
        () -> new ExpressionContext(null, values(":v", new Value.BS(new LinkedHashSet<>()))),
        "ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Binary sets should not be empty for key :v");
  }

  @Test
  void unusedNamesAreReportedBeforeUnusedValues_allOfThemInOrder() {
    ExpressionContext ctx =
        new ExpressionContext(names("#a", "a", "#b", "b", "#c", "c"), values(":x", n("1"), ":y", n("2")));
    Expressions.condition("#b = :y", ctx, "ConditionExpression");
    assertValidation(ctx::checkAllUsed, "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #c}");
    ExpressionContext values = new ExpressionContext(null, values(":x", n("1"), ":y", n("2")));
    Expressions.condition("a = :y", values, "ConditionExpression");
    assertValidation(values::checkAllUsed, "Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
  }

  @Test
  void usage_isSharedByAllExpressionsOfTheRequest() {
    ExpressionContext ctx = new ExpressionContext(names("#a", "a", "#p", "p"), values(":x", n("1"), ":y", n("2")));
    Expressions.update("SET #a = :x", ctx);
    Expressions.condition("attribute_exists(#a) AND b <> :y", ctx, "ConditionExpression");
    Expressions.projection("#p", ctx);
    assertThatCode(ctx::checkAllUsed).doesNotThrowAnyException();
  }
}
