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

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class ConditionExpressionTest {
  private static final Map<String, Value> ITEM =
      item(
          "pk", s("k1"),
          "who", s("alice"),
          "age", n("30"),
          "bin", b(1, 2, 3),
          "tags", ss("red", "blue"),
          "scores", ns("1", "2.5"),
          "seq", l(s("x"), n("7"), m("deep", s("d"))),
          "doc", m("core", m("leaf", n("1")), "flag", new Value.Bool(true)),
          "nothing", new Value.Null());

  private static Condition condition(String text, Map<String, Value> values) {
    return Expressions.condition(text, new ExpressionContext(null, values), "ConditionExpression");
  }

  private static boolean holds(String text, Object... placeholders) {
    return condition(text, placeholders.length == 0 ? null : values(placeholders)).test(ITEM);
  }

  private static void rejects(String text, Map<String, Value> values, String message) {
    assertValidation(() -> condition(text, values), "Invalid ConditionExpression: " + message);
  }

  @Test
  void comparators_compareNumbersStringsAndBinaries() {
    assertThat(holds("age = :v", ":v", n("30.0"))).isTrue();
    assertThat(holds("age <> :v", ":v", n("30"))).isFalse();
    assertThat(holds("age < :v", ":v", n("31"))).isTrue();
    assertThat(holds("age <= :v", ":v", n("30"))).isTrue();
    assertThat(holds("age > :v", ":v", n("100"))).isFalse();
    assertThat(holds("age >= :v", ":v", n("-5"))).isTrue();
    assertThat(holdsNamed("#n > :v", ":v", s("al"))).isTrue();
    assertThat(holds("bin < :v", ":v", b(1, 2, 4))).isTrue();
  }

  private static boolean holdsNamed(String text, Object... placeholders) {
    return Expressions.condition(
            text,
            new ExpressionContext(names("#n", "who"), values(placeholders)),
            "ConditionExpression")
        .test(ITEM);
  }

  @Test
  void comparison_withMismatchedTypes_isFalse() {
    assertThat(holds("age = :v", ":v", s("30"))).isFalse();
    assertThat(holds("age < :v", ":v", s("31"))).isFalse();
    assertThat(holds("age >= :v", ":v", s("1"))).isFalse();
  }

  @Test
  void notEqual_withMissingAttribute_isTrue_evenAgainstAnotherMissingOne() {
    assertThat(holds("ghost <> :v", ":v", n("1"))).isTrue();
    assertThat(holds("ghost <> phantom")).isTrue();
    assertThat(holds("ghost = :v", ":v", n("1"))).isFalse();
    assertThat(holds("ghost < phantom")).isFalse();
  }

  @Test
  void sets_compareAsSets_whateverTheOrder() {
    assertThat(holds("tags = :v", ":v", ss("blue", "red"))).isTrue();
    assertThat(holds("scores = :v", ":v", ns("2.50", "1"))).isTrue();
    assertThat(holds("tags <> :v", ":v", ss("blue"))).isTrue();
  }

  @Test
  void mapsAndLists_compareByValue() {
    assertThat(holds("doc.core = :v", ":v", m("leaf", n("1.0")))).isTrue();
    assertThat(holds("seq = :v", ":v", l(s("x"), n("7"), m("deep", s("d"))))).isTrue();
    assertThat(holds("seq[2].deep = :v", ":v", s("d"))).isTrue();
  }

  @Test
  void between_isInclusive_andFalseForOtherTypes() {
    assertThat(holds("age BETWEEN :a AND :b", ":a", n("30"), ":b", n("40"))).isTrue();
    assertThat(holds("age between :a and :b", ":a", n("10"), ":b", n("30"))).isTrue();
    assertThat(holds("age BETWEEN :a AND :b", ":a", n("31"), ":b", n("40"))).isFalse();
    assertThat(holds("who BETWEEN :a AND :b", ":a", s("a"), ":b", s("b"))).isTrue();
    assertThat(holds("ghost BETWEEN :a AND :b", ":a", n("1"), ":b", n("2"))).isFalse();
  }

  @Test
  void in_matchesAnyCandidate() {
    assertThat(holds("age IN (:a, :b)", ":a", n("1"), ":b", n("30"))).isTrue();
    assertThat(holds("age in (:a)", ":a", n("1"))).isFalse();
    assertThat(holds("tags IN (:a)", ":a", ss("red", "blue"))).isTrue();
  }

  @Test
  void functions_followTheDeveloperGuide() {
    assertThat(holds("attribute_exists(doc.core.leaf)")).isTrue();
    assertThat(holds("attribute_exists(doc.core.nope)")).isFalse();
    assertThat(holds("attribute_not_exists(seq[3])")).isTrue();
    assertThat(holds("attribute_exists(nothing)")).isTrue();
    assertThat(holds("attribute_type(age, :t)", ":t", s("N"))).isTrue();
    assertThat(holds("attribute_type(nothing, :t)", ":t", s("NULL"))).isTrue();
    assertThat(holds("attribute_type(tags, :t)", ":t", s("SS"))).isTrue();
    assertThat(holds("begins_with(#n, :p)".replace("#n", "pk"), ":p", s("k"))).isTrue();
    assertThat(holds("begins_with(bin, :p)", ":p", b(1, 2))).isTrue();
    assertThat(holds("begins_with(age, :p)", ":p", s("3"))).isFalse();
    assertThat(holds("contains(pk, :p)", ":p", s("1"))).isTrue();
    assertThat(holds("contains(tags, :p)", ":p", s("red"))).isTrue();
    assertThat(holds("contains(tags, :p)", ":p", s("re"))).isFalse();
    assertThat(holds("contains(scores, :p)", ":p", n("2.50"))).isTrue();
    assertThat(holds("contains(seq, :p)", ":p", n("7"))).isTrue();
    assertThat(holds("contains(bin, :p)", ":p", b(2, 3))).isTrue();
  }

  @Test
  void size_countsCharactersBytesAndMembers() {
    assertThat(holds("size(pk) = :v", ":v", n("2"))).isTrue();
    assertThat(holds("size(bin) = :v", ":v", n("3"))).isTrue();
    assertThat(holds("size(tags) = :v", ":v", n("2"))).isTrue();
    assertThat(holds("size(seq) > :v", ":v", n("2"))).isTrue();
    assertThat(holds("size(doc) = :v", ":v", n("2"))).isTrue();
    assertThat(holds("size(age) = :v", ":v", n("2"))).isFalse();
    assertThat(holds("size(ghost) <> :v", ":v", n("2"))).isTrue();
    assertThat(holds(":v < size(seq)", ":v", n("2"))).isTrue();
  }

  @Test
  void size_ofAString_countsUtf16CodeUnits() {
    Map<String, Value> item = item("u", s("\u00e9\ud834\udd1e"));
    Condition three =
        Expressions.condition("size(u) = :n", new ExpressionContext(null, values(":n", n("3"))), "ConditionExpression");
    assertThat(three.test(item)).isTrue();
  }

  @Test
  void precedence_isNotThenAndThenOr() {
    // a OR b AND c == a OR (b AND c)
    assertThat(holds("age = :x OR age = :y AND age = :z", ":x", n("30"), ":y", n("1"), ":z", n("2")))
        .isTrue();
    // NOT a AND b == (NOT a) AND b
    assertThat(holds("NOT age = :y AND age = :x", ":x", n("30"), ":y", n("1"))).isTrue();
    assertThat(holds("NOT (age = :x OR age = :y)", ":x", n("30"), ":y", n("1"))).isFalse();
    assertThat(holds("(age = :x OR age = :y) AND age = :y", ":x", n("30"), ":y", n("1")))
        .isFalse();
    assertThat(holds("NOT NOT NOT NOT age = :x", ":x", n("30"))).isTrue();
    // BETWEEN takes its AND before the logical AND does
    assertThat(holds("age BETWEEN :a AND :b AND age = :b", ":a", n("1"), ":b", n("30"))).isTrue();
  }

  @Test
  void emptyItem_standsForAMissingItem() {
    Condition c =
        Expressions.condition(
            "attribute_not_exists(pk)", new ExpressionContext(null, null), "ConditionExpression");
    assertThat(c.test(Map.of())).isTrue();
    assertThat(c.test(ITEM)).isFalse();
  }

  @Test
  void keywords_areCaseInsensitive_andPathsAllowParenthesesAndSpaces() {
    assertThat(holds("not age = :x or (age) = :x", ":x", n("30"))).isTrue();
    assertThat(holds("doc . core . leaf = :x AND seq [ 1 ] = :x", ":x", n("1"))).isFalse();
    assertThat(holds("( doc.core.leaf = :x )", ":x", n("1"))).isTrue();
  }

  @Test
  void syntaxErrors_quoteTheTokenAndItsNeighbours() {
    rejects("foo", null, "Syntax error; token: \"<EOF>\", near: \"foo\"");
    rejects("a = ", null, "Syntax error; token: \"<EOF>\", near: \"= \"");
    rejects("a = 5", null, "Syntax error; token: \"5\", near: \"= 5\"");
    rejects("a == :v", values(":v", n("1")), "Syntax error; token: \"=\", near: \"= = :v\"".replace("= = ", "== "));
    rejects("a = :v AND", values(":v", n("1")), "Syntax error; token: \"<EOF>\", near: \"AND\"");
    rejects("a IN ()", null, "Syntax error; token: \")\", near: \"()\"");
    rejects("my-attr = :v", values(":v", n("1")), "Syntax error; token: \"-\", near: \"my-attr\"");
    rejects("_a = :v", values(":v", n("1")), "Syntax error; token: \"_\", near: \"_a\"");
    rejects("a = : v", values(":v", n("1")), "Syntax error; token: \":\", near: \"= : v\"");
    rejects("a[x] = :v", values(":v", n("1")), "Syntax error; token: \"x\", near: \"[x]\"");
    rejects("(a = :v", values(":v", n("1")), "Syntax error; token: \"<EOF>\", near: \":v\"");
  }

  @Test
  void emptyAndOversizedExpressions_areRejectedBeforeParsing() {
    rejects("", null, "The expression can not be empty;");
    StringJoiner big = new StringJoiner(" OR ");
    for (int i = 0; i < 400; i++) {
      big.add("a" + i + " = b");
    }
    int size = big.toString().length();
    rejects(
        big.toString(),
        null,
        "Expression size has exceeded the maximum allowed size; expression size: " + size);
  }

  @Test
  void paths_ofMoreThan32Levels_areRejected() {
    String deep = "a" + ".b".repeat(31);
    assertThat(holds("attribute_exists(" + deep + ")")).isFalse();
    rejects("attribute_exists(" + deep + "[0])", null, "The document path has too many nesting levels; nesting levels: 33");
  }

  @Test
  void listIndexes_beyondTheIntegerRange_areRejected() {
    assertThat(holds("attribute_exists(a[2147483647])")).isFalse();
    rejects("attribute_exists(a[2147483648])", null, "List index is not within the allowable range; index: [2147483648]");
    rejects("attribute_exists(a[99999999999999999999])", null, "List index is not within the allowable range; index: [99999999999999999999]");
  }

  @Test
  void expressionOfExactly4096Bytes_isAccepted() {
    String name = "a".repeat(4096 - " = b".length());
    assertThat(holds(name + " = b")).isFalse();
  }

  @Test
  void reservedWords_bareAreRejected_placeholdersAreNot() {
    rejects("status = :v", values(":v", n("1")), "Attribute name is a reserved keyword; reserved keyword: status");
    rejects("a.Size = :v", values(":v", n("1")), "Attribute name is a reserved keyword; reserved keyword: Size");
    rejects("set = :v", values(":v", n("1")), "Attribute name is a reserved keyword; reserved keyword: set");
    rejects("a = :v AND in = :v", values(":v", n("1")), "Syntax error; token: \"in\", near: \"AND in =\"");
    assertThat(
            Expressions.condition(
                    "#s = :v",
                    new ExpressionContext(names("#s", "status"), values(":v", n("1"))),
                    "FilterExpression")
                .test(item("status", n("1"))))
        .isTrue();
  }

  @Test
  void undefinedPlaceholders_areNamed() {
    rejects("#x = :v", values(":v", n("1")), "An expression attribute name used in the document path is not defined; attribute name: #x");
    rejects("a = :w", values(":v", n("1")), "An expression attribute value used in expression is not defined; attribute value: :w");
    assertValidation(
        () ->
            Expressions.condition(
                "a = :w", new ExpressionContext(null, null), "FilterExpression"),
        "Invalid FilterExpression: An expression attribute value used in expression is not defined; attribute value: :w");
  }

  @Test
  void functions_withWrongNamesOrOperands_areRejected() {
    rejects("foo(a)", null, "Invalid function name; function: foo");
    rejects("if_not_exists(a, b) = c", null, "The function is not allowed in a condition expression; function: if_not_exists");
    rejects("ATTRIBUTE_EXISTS(a)", null, "Invalid function name; function: ATTRIBUTE_EXISTS");
    rejects("attribute_exists(a, b)", null, "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2");
    rejects("begins_with(a)", null, "Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1");
    rejects("attribute_exists(:v)", values(":v", s("a")), "Operator or function requires a document path; operator or function: attribute_exists");
    rejects("begins_with(a, :v)", values(":v", n("5")), "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
    rejects("attribute_type(a, :v)", values(":v", n("5")), "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N");
    rejects("attribute_type(a, :v)", values(":v", s("STRING")), "Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    rejects("size(:v) > :v", values(":v", n("5")), "Incorrect operand type for operator or function; operator or function: size, operand type: N");
    rejects("contains(a, a)", null, "The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [a]");
  }

  @Test
  void functions_usedInTheWrongPlace_areRejected() {
    rejects("size(a)", null, "The function is not allowed to be used this way in an expression; function: size");
    rejects("attribute_exists(a) = :v", values(":v", new Value.Bool(true)), "The function is not allowed to be used this way in an expression; function: attribute_exists");
    rejects("a IN (contains(b, :v))", values(":v", s("x")), "The function is not allowed to be used this way in an expression; function: contains");
  }

  @Test
  void comparisons_withTheSamePathOnBothSides_areRejected() {
    rejects("a.b = a.b", null, "The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, b]");
    rejects("a[1] < a[1]", null, "The first operand must be distinct from the remaining operands for this operator or function; operator: <, first operand: [a, [1]]");
  }

  @Test
  void orderedComparisons_withAListValue_areRejected() {
    rejects("a < :v", values(":v", l(n("1"))), "Incorrect operand type for operator or function; operator or function: <, operand type: L");
  }

  @Test
  void between_withAListConstant_isRejected_butWithAListAttributeIsFalse() {
    rejects("a BETWEEN :x AND :y", values(":x", l(n("1")), ":y", l(n("2"))), "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: L");
    assertThat(holds("seq BETWEEN :x AND :y", ":x", n("1"), ":y", n("2"))).isFalse();
  }

  @Test
  void functions_acceptOperandsInEitherOrder() {
    assertThat(holds("begins_with(:s, pk)", ":s", s("k1-and-more"))).isTrue();
    assertThat(holds("contains(seq, :m)", ":m", m("deep", s("d")))).isTrue();
    assertThat(holds("contains(bin, :set)", ":set", ss("a"))).isFalse();
    assertThat(holds("attribute_type(:v, :t)", ":v", n("0"), ":t", s("N"))).isTrue();
    assertThat(holds("size(who) = age")).isFalse();
  }

  @Test
  void between_withBadBounds_isRejected() {
    rejects("a BETWEEN :x AND :y", values(":x", n("2"), ":y", n("1")), "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}");
    rejects("a BETWEEN :x AND :y", values(":x", n("2"), ":y", s("b")), "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {S:b}");
  }

  @Test
  void in_acceptsAHundredOperandsCountingItsSubject_andRejectsMore() {
    StringJoiner ninetyNine = new StringJoiner(", ", "a IN (", ")");
    for (int i = 0; i < 99; i++) {
      ninetyNine.add("c" + i);
    }
    assertThat(holds(ninetyNine.toString())).isFalse();
    rejects(ninetyNine.toString().replace(")", ", c99)"), null, "The IN operator is provided with too many operands; number of operands: 101");
  }

  @Test
  void redundantParentheses_areRejected_butNestedOnesThatGroupAreNot() {
    rejects("((a = b))", null, "The expression has redundant parentheses;");
    rejects("((a = b)) AND ((c = d))", null, "The expression has redundant parentheses;");
    rejects("((a)) = b", null, "The expression has redundant parentheses;");
    assertThat(holds("(a = b AND (c = d))")).isFalse();
    assertThat(holds("(attribute_exists(pk)) AND (attribute_not_exists(x))")).isTrue();
    assertThat(holds("(age = :v) AND ((age = :v) OR (age = :w))", ":v", n("30"), ":w", n("1")))
        .isTrue();
  }

  @Test
  void paths_listWhatTheConditionReads() {
    Condition c =
        Expressions.condition(
            "a.b = :v AND (size(l[1]) > :v OR NOT contains(#n, :v)) AND q IN (:v, r)",
            new ExpressionContext(names("#n", "who"), values(":v", n("1"))),
            "FilterExpression");
    assertThat(c.paths()).extracting(AttributePath::toString).containsExactly("a.b", "l[1]", "who", "q", "r");
    Condition lambda = item -> true;
    assertThat(lambda.paths()).isEmpty();
  }

  @Test
  void undefinedNamesAndValues_theFirstWrittenIsReported() {
    rejects("a = :nope AND #nope = b", null, "An expression attribute value used in expression is not defined; attribute value: :nope");
    rejects("#nope = b AND a = :nope", null, "An expression attribute name used in the document path is not defined; attribute name: #nope");
  }

  @Test
  void problems_areRankedLikeDynamoDb() {
    // redundant parentheses before unknown functions before reserved words before undefined names
    rejects("((status = :v)) AND foo(a)", null, "The expression has redundant parentheses;");
    rejects("status = :v AND foo(a)", null, "Invalid function name; function: foo");
    rejects("#x = :v AND status = :w", null, "Attribute name is a reserved keyword; reserved keyword: status");
  }

  @Test
  void placeholders_mayNameAttributesThatAreNotIdentifiers() {
    Condition c =
        Expressions.condition(
            "#a.#b = :v",
            new ExpressionContext(names("#a", "my-map", "#b", "a.b"), values(":v", n("1"))),
            "ConditionExpression");
    assertThat(c.test(item("my-map", m("a.b", n("1"))))).isTrue();
    assertThat(c.test(item("my-map", m("a", m("b", n("1")))))).isFalse();
  }
}
