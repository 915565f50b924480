package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Errors.assertValidation;
import static dev.hangar.dynamo.internal.expression.Items.b;
import static dev.hangar.dynamo.internal.expression.Items.item;
import static dev.hangar.dynamo.internal.expression.Items.l;
import static dev.hangar.dynamo.internal.expression.Items.m;
import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.names;
import static dev.hangar.dynamo.internal.expression.Items.ns;
import static dev.hangar.dynamo.internal.expression.Items.s;
import static dev.hangar.dynamo.internal.expression.Items.ss;
import static dev.hangar.dynamo.internal.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class UpdateExpressionTest {

  private static Update update(String text, Object... placeholders) {
    return Expressions.update(
        text, new ExpressionContext(null, placeholders.length == 0 ? null : values(placeholders)));
  }

  private static void rejects(String text, Map<String, Value> values, String message) {
    assertValidation(
        () -> Expressions.update(text, new ExpressionContext(null, values)),
        "Invalid UpdateExpression: " + message);
  }

  private static void failsOnApply(Update update, Map<String, Value> item, String message) {
    assertValidation(() -> update.apply(item), message);
  }

  @Test
  void set_replacesAndAdds_andLeavesTheInputUntouched() {
    Map<String, Value> before = new HashMap<>(item("a", n("1")));
    Map<String, Value> after = update("SET a = :x, b = :y", ":x", s("x"), ":y", n("2")).apply(before);
    assertThat(after).isEqualTo(item("a", s("x"), "b", n("2")));
    assertThat(before).isEqualTo(item("a", n("1")));
  }

  @Test
  void set_withPlusAndMinus_computesWithDynamoDbNumbers() {
    Update u = update("SET a = a + :d, b = :d - b", ":d", n("0.1"));
    assertThat(u.apply(item("a", n("0.2"), "b", n("1")))).isEqualTo(item("a", n("0.3"), "b", n("-0.9")));
  }

  @Test
  void set_withArithmeticOverflow_failsWithNumbersMessage() {
    Update u = update("SET a = a + :d", ":d", n("9.9999999999999999999999999999999999999E+125"));
    failsOnApply(u, item("a", n("9.9999999999999999999999999999999999999E+125")), Numbers.OVERFLOW);
  }

  @Test
  void set_referringToAMissingAttribute_fails() {
    failsOnApply(
        update("SET a = b"),
        item(),
        "The provided expression refers to an attribute that does not exist in the item");
    failsOnApply(
        update("SET a = a + :d", ":d", n("1")),
        item(),
        "The provided expression refers to an attribute that does not exist in the item");
  }

  @Test
  void set_arithmeticOnNonNumbers_failsWithIncorrectDataType() {
    failsOnApply(
        update("SET a = a + :d", ":d", n("1")),
        item("a", s("x")),
        "An operand in the update expression has an incorrect data type");
    failsOnApply(
        update("SET a = list_append(a, :l)", ":l", l(n("1"))),
        item("a", s("x")),
        "An operand in the update expression has an incorrect data type");
  }

  @Test
  void ifNotExists_andListAppend_compose() {
    Update u = update("SET a = list_append(if_not_exists(a, :empty), :more)", ":empty", l(), ":more", l(n("1")));
    Map<String, Value> once = u.apply(item());
    assertThat(once).isEqualTo(item("a", l(n("1"))));
    assertThat(u.apply(once)).isEqualTo(item("a", l(n("1"), n("1"))));
    Update prepend = update("SET a = list_append(:more, a)", ":more", l(s("first")));
    assertThat(prepend.apply(item("a", l(s("x"))))).isEqualTo(item("a", l(s("first"), s("x"))));
  }

  @Test
  void ifNotExists_keepsAnExistingValue() {
    Update u = update("SET c = if_not_exists(c, :zero) + :one", ":zero", n("0"), ":one", n("1"));
    assertThat(u.apply(item())).isEqualTo(item("c", n("1")));
    assertThat(u.apply(item("c", n("41")))).isEqualTo(item("c", n("42")));
  }

  @Test
  void operands_readTheItemAsItWasBeforeTheUpdate() {
    Update swap = update("SET a = b, b = a");
    assertThat(swap.apply(item("a", n("1"), "b", n("2")))).isEqualTo(item("a", n("2"), "b", n("1")));
  }

  @Test
  void set_nestedPath_needsItsParent() {
    Update u = update("SET m.x.y = :v", ":v", n("1"));
    failsOnApply(u, item(), "The document path provided in the update expression is invalid for update");
    failsOnApply(u, item("m", m()), "The document path provided in the update expression is invalid for update");
    failsOnApply(u, item("m", l()), "The document path provided in the update expression is invalid for update");
    assertThat(u.apply(item("m", m("x", m())))).isEqualTo(item("m", m("x", m("y", n("1")))));
  }

  @Test
  void set_listIndexPastTheEnd_appends() {
    Update u = update("SET l[5] = :v", ":v", s("new"));
    assertThat(u.apply(item("l", l(s("a"))))).isEqualTo(item("l", l(s("a"), s("new"))));
    failsOnApply(u, item("l", m()), "The document path provided in the update expression is invalid for update");
  }

  @Test
  void remove_deletesAttributesAndNestedParts_andShiftsListElements() {
    Update u = update("REMOVE a, m.k, l[1], l[3], ghost");
    Map<String, Value> after =
        u.apply(item("a", n("1"), "m", m("k", n("1"), "j", n("2")), "l", l(s("0"), s("1"), s("2"), s("3"), s("4"))));
    assertThat(after).isEqualTo(item("m", m("j", n("2")), "l", l(s("0"), s("2"), s("4"))));
  }

  @Test
  void remove_throughAMissingOrWrongContainer_failsForAnExistingItem() {
    Map<String, Value> existing = item("a", s("hello"), "b", l(s("hi")));
    for (String path : new String[] {"a.c", "b.c", "c.c", "a[0]", "c[0]"}) {
      failsOnApply(update("REMOVE " + path), existing, "The document path provided in the update expression is invalid for update");
    }
  }

  @Test
  void remove_ofNestedPaths_fromAMissingItem_isIgnored() {
    assertThat(update("REMOVE x.y, z[0]").apply(item())).isEqualTo(item());
    assertThat(update("DELETE x.y :s", ":s", ss("a")).apply(item())).isEqualTo(item());
  }

  @Test
  void set_ofSeveralIndexesPastTheEnd_appendsInIndexOrder() {
    Update u = update("SET a[84] = :v1, a[37] = :v2, a[17] = :v3, a[50] = :v4", ":v1", s("a1"), ":v2", s("a2"), ":v3", s("a3"), ":v4", s("a4"));
    assertThat(u.apply(item("a", l(s("one")))))
        .isEqualTo(item("a", l(s("one"), s("a3"), s("a2"), s("a4"), s("a1"))));
  }

  @Test
  void listIndexes_inSetAndRemove_referToTheOriginalList() {
    Map<String, Value> list = item("a", l(n("2"), n("3"), n("4"), n("5"), n("6"), n("7")));
    Map<String, Value> expected = item("a", l(n("2"), n("4"), n("17"), n("6"), n("7")));
    assertThat(update("REMOVE a[1] SET a[3] = :v", ":v", n("17")).apply(list)).isEqualTo(expected);
    assertThat(update("SET a[3] = :v REMOVE a[1]", ":v", n("17")).apply(list)).isEqualTo(expected);
  }

  @Test
  void removingTheLastMemberOfAMapOrList_leavesItEmpty() {
    assertThat(update("REMOVE a.b, l[0]").apply(item("a", m("b", n("1")), "l", l(n("1")))))
        .isEqualTo(item("a", m(), "l", l()));
  }

  @Test
  void remove_ofAMissingElement_changesNothing() {
    assertThat(update("REMOVE l[9], m.x").apply(item("l", l(s("a")), "m", m()))).isEqualTo(item("l", l(s("a")), "m", m()));
  }

  @Test
  void add_sumsNumbers_unitesSets_andCreatesMissingAttributes() {
    Update u = update("ADD c :one, s :more, z :more", ":one", n("1"), ":more", ss("b", "c"));
    assertThat(u.apply(item("c", n("1"), "s", ss("a", "b"))))
        .isEqualTo(item("c", n("2"), "s", ss("a", "b", "c"), "z", ss("b", "c")));
  }

  @Test
  void add_toAValueOfAnotherType_failsWithIncorrectDataType() {
    failsOnApply(
        update("ADD c :one", ":one", n("1")),
        item("c", s("x")),
        "An operand in the update expression has an incorrect data type");
    failsOnApply(
        update("ADD s :more", ":more", ss("x")),
        item("s", ns("1")),
        "An operand in the update expression has an incorrect data type");
  }

  @Test
  void delete_removesMembers_andTheAttributeWithTheLastOne() {
    Update u = update("DELETE s :gone", ":gone", ss("a", "zzz"));
    assertThat(u.apply(item("s", ss("a", "b")))).isEqualTo(item("s", ss("b")));
    assertThat(u.apply(item("s", ss("a")))).isEqualTo(item());
    assertThat(u.apply(item())).isEqualTo(item());
    failsOnApply(u, item("s", s("a")), "An operand in the update expression has an incorrect data type");
  }

  @Test
  void allClauses_inAnyOrder_andPathsAreReported() {
    Update u =
        update(
            "delete s :gone add c :one remove r set a = :one",
            ":gone", ss("x"), ":one", n("1"));
    assertThat(u.apply(item("s", ss("x", "y"), "r", n("0"))))
        .isEqualTo(item("s", ss("y"), "c", n("1"), "a", n("1")));
    assertThat(u.paths()).extracting(AttributePath::toString).containsExactly("s", "c", "r", "a");
  }

  @Test
  void updatedPaths_projectTheOldAndNewItemsForReturnValues() {
    Update u = update("SET m.x = :v, l[0] = :v REMOVE l[2], gone ADD c :v", ":v", n("9"));
    Map<String, Value> old = item("m", m("x", n("1"), "y", n("2")), "l", l(s("a"), s("b"), s("c")), "gone", s("g"), "keep", s("k"));
    Map<String, Value> now = u.apply(old);
    Projection touched = Expressions.projection(u.paths());
    assertThat(touched.apply(old)).isEqualTo(item("m", m("x", n("1")), "l", l(s("a"), s("c")), "gone", s("g")));
    assertThat(touched.apply(now)).isEqualTo(item("m", m("x", n("9")), "l", l(n("9")), "c", n("9")));
  }

  @Test
  void clauses_mayAppearOnlyOnce() {
    rejects("SET a = :v SET b = :v", values(":v", n("1")), "The \"SET\" section can only be used once in an update expression;");
    rejects("REMOVE a REMOVE b", null, "The \"REMOVE\" section can only be used once in an update expression;");
  }

  @Test
  void overlappingAndConflictingPaths_areRejected() {
    rejects("SET a = :v REMOVE a.b", values(":v", n("1")), "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]");
    rejects("SET a = :v, a = :v", values(":v", n("1")), "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]");
    rejects("SET a[0] = :v REMOVE a.b", values(":v", n("1")), "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, b]");
    assertThat(update("SET a[0] = :v, a[1] = :v, b.c = :v, b.d = :v", ":v", n("1")).paths()).hasSize(4);
  }

  @Test
  void addAndDelete_acceptOnlyNumbersAndSets() {
    rejects("ADD a :v", values(":v", s("x")), "Incorrect operand type for operator or function; operator: ADD, operand type: STRING");
    rejects("ADD a :v", values(":v", l()), "Incorrect operand type for operator or function; operator: ADD, operand type: LIST");
    rejects("DELETE a :v", values(":v", n("1")), "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER");
    rejects("DELETE a :v", values(":v", m()), "Incorrect operand type for operator or function; operator: DELETE, operand type: MAP");
  }

  @Test
  void functions_areCheckedForNameArityAndTypes() {
    rejects("SET a = size(b)", null, "The function is not allowed in an update expression; function: size");
    rejects("SET a = foo(b)", null, "Invalid function name; function: foo");
    rejects("SET a = if_not_exists(b)", null, "Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1");
    rejects("SET a = if_not_exists(:v, b)", values(":v", n("1")), "Operator or function requires a document path; operator or function: if_not_exists");
    rejects("SET a = list_append(b, :v)", values(":v", n("1")), "Incorrect operand type for operator or function; operator or function: list_append, operand type: N");
    rejects("SET a = b + :v", values(":v", s("x")), "Incorrect operand type for operator or function; operator or function: +, operand type: S");
    rejects("SET a = list_append(list_append(:v, :v), :v)", values(":v", l()), "The function is not allowed to be used this way in an expression; function: list_append");
    rejects("SET a = if_not_exists(b, :v + :v)", values(":v", n("1")), "Syntax error; token: \"+\", near: \":v + :v\"");
    assertThat(update("SET a = if_not_exists(b, if_not_exists(c, :v))", ":v", n("3")).apply(item("c", n("1")))).isEqualTo(item("c", n("1"), "a", n("1")));
  }

  @Test
  void syntaxErrors_quoteTheTokenAndItsNeighbours() {
    rejects("ADD hits : incr", values(":incr", n("1")), "Syntax error; token: \":\", near: \"hits : incr\"");
    rejects("INVALID SYNTAX HERE", null, "Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
    rejects("SET _123 = :v", values(":v", n("1")), "Syntax error; token: \"_\", near: \"SET _123\"");
    rejects("SET a = :v b = :v", values(":v", n("1")), "Syntax error; token: \"b\", near: \":v b =\"");
    rejects("SET a = b + c + d", null, "Syntax error; token: \"+\", near: \"c + d\"");
    rejects("REMOVE", null, "Syntax error; token: \"<EOF>\", near: \"REMOVE\"");
    rejects("SET a", null, "Syntax error; token: \"<EOF>\", near: \"a\"");
    rejects("ADD a b", null, "Syntax error; token: \"b\", near: \"a b\"");
    rejects("SET add = :v", values(":v", n("1")), "Syntax error; token: \"add\", near: \"SET add =\"");
    rejects("SET a = :v, remove = :v", values(":v", n("1")), "Syntax error; token: \"remove\", near: \", remove =\"");
  }

  @Test
  void reservedWordsAndUndefinedPlaceholders_areRejected() {
    rejects("SET status = :v", values(":v", n("1")), "Attribute name is a reserved keyword; reserved keyword: status");
    rejects("SET a = :v", null, "An expression attribute value used in expression is not defined; attribute value: :v");
    rejects("REMOVE #a", null, "An expression attribute name used in the document path is not defined; attribute name: #a");
    assertThat(
            Expressions.update("SET #s = :v", new ExpressionContext(names("#s", "status"), values(":v", n("1"))))
                .apply(item()))
        .isEqualTo(item("status", n("1")));
  }

  @Test
  void threeHundredOperators_areAccepted_andMoreAreNot() {
    StringJoiner ok = new StringJoiner(", ", "REMOVE ", "");
    for (int i = 0; i < 300; i++) {
      ok.add("a" + i);
    }
    assertThat(update(ok.toString()).paths()).hasSize(300);
    rejects(ok + ", a300", null, "The expression contains too many operators; operator count: 301");
  }

  @Test
  void binarySets_andNumberSets_workWithAddAndDelete() {
    LinkedHashSet<Value.B> one = new LinkedHashSet<>();
    one.add((Value.B) b(1));
    Update u = update("ADD bs :b DELETE ns :n", ":b", new Value.BS(one), ":n", ns("1.0"));
    assertThat(u.apply(item("bs", new Value.BS(new LinkedHashSet<>(java.util.List.of((Value.B) b(2)))), "ns", ns("1", "2"))))
        .isEqualTo(item("bs", new Value.BS(new LinkedHashSet<>(java.util.List.of((Value.B) b(2), (Value.B) b(1)))), "ns", ns("2")));
  }
}
