package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Items.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeExpressionsTest {
  @Test
  void condition_update_projection_key_workTogether() {
    ExpressionContext ctx =
        new ExpressionContext(names("#s", "status"), values(":v", n("1"), ":a", s("x"), ":p", s("k")));
    Condition c = Expressions.condition("#s = :a AND attribute_not_exists(q) OR size(l) > :v", ctx, "ConditionExpression");
    assertThat(c.test(item("status", s("x")))).isTrue();
    assertThat(c.test(Map.of())).isFalse();
    Update u = Expressions.update("SET c = if_not_exists(c, :v) + :v, m = list_append(l, l) REMOVE l[1]", ctx);
    Map<String, dev.hangar.dynamo.internal.item.Value> after = u.apply(item("l", l(s("a"), s("b"))));
    assertThat(after).isEqualTo(item("l", l(s("a")), "c", n("2"), "m", l(s("a"), s("b"), s("a"), s("b"))));
    Projection p = Expressions.projection("m[1], m[3], c", ctx);
    assertThat(p.apply(after)).isEqualTo(item("m", l(s("b"), s("b")), "c", n("2")));
    KeyCondition k = Expressions.keyCondition("pk = :p AND begins_with(sk, :a)", ctx, "pk", "sk");
    assertThat(k.test(item("pk", s("k"), "sk", s("xyz")))).isTrue();
    ctx.checkAllUsed();
    assertThat(u.paths()).extracting(Object::toString).isEqualTo(List.of("c", "m", "l[1]"));
  }

  @Test
  void errors() {
    ExpressionContext ctx = new ExpressionContext(null, values(":v", n("1")));
    assertThatThrownBy(() -> Expressions.condition("status = :v", ctx, "ConditionExpression"))
        .isInstanceOf(DynamoException.class)
        .hasMessage("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
    assertThatThrownBy(() -> Expressions.update("ADD hits : incr", ctx))
        .hasMessage("Invalid UpdateExpression: Syntax error; token: \":\", near: \"hits : incr\"");
    assertThatThrownBy(() -> Expressions.condition("foo", ctx, "ConditionExpression"))
        .hasMessage("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"foo\"");
  }
}
