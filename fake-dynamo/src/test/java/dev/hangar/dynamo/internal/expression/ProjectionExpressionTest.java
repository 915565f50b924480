package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Errors.assertValidation;
import static dev.hangar.dynamo.internal.expression.Items.item;
import static dev.hangar.dynamo.internal.expression.Items.l;
import static dev.hangar.dynamo.internal.expression.Items.m;
import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.names;
import static dev.hangar.dynamo.internal.expression.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionExpressionTest {
  private static final Map<String, Value> ITEM =
      item(
          "pk", s("k"),
          "a", m("b", s("bb"), "c", m("d", n("1"), "e", n("2")), "f", l(s("f0"), s("f1"))),
          "l", l(s("l0"), m("x", s("x1"), "y", s("y1")), s("l2")),
          "n", n("5"));

  private static Projection projection(String text) {
    return Expressions.projection(text, new ExpressionContext(null, null));
  }

  private static void rejects(String text, Map<String, String> names, String message) {
    assertValidation(
        () -> Expressions.projection(text, new ExpressionContext(names, null)),
        "Invalid ProjectionExpression: " + message);
  }

  @Test
  void topLevelAttributes_areCopiedWhole() {
    assertThat(projection("pk, n, ghost").apply(ITEM)).isEqualTo(item("pk", s("k"), "n", n("5")));
  }

  @Test
  void nestedPaths_keepTheirEnclosingMaps() {
    assertThat(projection("a.c.d, a.b").apply(ITEM))
        .isEqualTo(item("a", m("c", m("d", n("1")), "b", s("bb"))));
  }

  @Test
  void listIndexes_areCompactedAndKeepIndexOrder() {
    assertThat(projection("l[2], l[0]").apply(ITEM)).isEqualTo(item("l", l(s("l0"), s("l2"))));
    assertThat(projection("l[1].y, a.f[1]").apply(ITEM))
        .isEqualTo(item("l", l(m("y", s("y1"))), "a", m("f", l(s("f1")))));
  }

  @Test
  void pathsThatLeadNowhere_areLeftOut() {
    assertThat(projection("l[7], a.zz, n.x, a.b[0], l[1].z").apply(ITEM)).isEqualTo(item());
  }

  @Test
  void placeholders_resolveNames() {
    Projection p =
        Expressions.projection(
            "#s, #a.#b", new ExpressionContext(names("#s", "status", "#a", "a", "#b", "b"), null));
    assertThat(p.apply(item("status", s("on"), "a", m("b", n("1"), "c", n("2")))))
        .isEqualTo(item("status", s("on"), "a", m("b", n("1"))));
    assertThat(p.paths()).extracting(AttributePath::toString).containsExactly("status", "a.b");
  }

  @Test
  void overlappingPaths_areRejected() {
    rejects("a, a", null, "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]");
    rejects("a, a.b", null, "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]");
    rejects("#a, #b", names("#a", "a", "#b", "a"), "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]");
    rejects("a[0], a.b", null, "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, b]");
  }

  @Test
  void syntaxAndNames_areChecked() {
    rejects("", null, "The expression can not be empty;");
    rejects("id,", null, "Syntax error; token: \"<EOF>\", near: \",\"");
    rejects("id age", null, "Syntax error; token: \"age\", near: \"id age\"");
    rejects("a[]", null, "Syntax error; token: \"]\", near: \"[]\"");
    rejects("name", null, "Attribute name is a reserved keyword; reserved keyword: name");
    rejects("#x", null, "An expression attribute name used in the document path is not defined; attribute name: #x");
    rejects("a, :v", null, "Syntax error; token: \":v\", near: \", :v\"");
  }
}
