package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.Items.n;
import static dev.hangar.dynamo.internal.expression.Items.s;
import static dev.hangar.dynamo.internal.expression.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.expression.ConditionNode.And;
import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.ConditionNode.Not;
import dev.hangar.dynamo.internal.expression.ConditionNode.Or;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.expression.UpdateAction.Clause;
import dev.hangar.dynamo.internal.item.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property tests with seeded randomness: the seed is in each assertion message. */
class ExpressionPropertiesTest {
  private static final String[] ATTRIBUTES = {"f0", "f1", "f2", "f3", "f4"};
  private static final String[] COMPARATORS = {"=", "<>", "<", "<=", ">", ">="};
  private static final Map<String, Value> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put(":n0", n("1"));
    VALUES.put(":n1", n("5"));
    VALUES.put(":s0", s("a"));
    VALUES.put(":s1", s("m"));
  }

  private static ValueOperand value(Random random) {
    List<String> keys = new ArrayList<>(VALUES.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    return new ValueOperand(key, VALUES.get(key));
  }

  private static AttributePath path(Random random) {
    AttributePath path = AttributePath.attribute(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
    int depth = random.nextInt(3);
    for (int i = 0; i < depth; i++) {
      path = random.nextBoolean() ? path.child("k" + random.nextInt(3)) : path.index(random.nextInt(3));
    }
    return path;
  }

  /** A random condition tree that DynamoDB accepts. */
  private static ConditionNode tree(Random random, int depth) {
    int choice = random.nextInt(depth <= 0 ? 5 : 8);
    PathOperand subject = new PathOperand(path(random));
    return switch (choice) {
      case 0 -> {
        Operand left = random.nextBoolean() ? subject : new FunctionOperand("size", List.of(subject));
        yield new Comparison(COMPARATORS[random.nextInt(6)], left, value(random));
      }
      case 1 -> random.nextBoolean()
          ? new Between(subject, new ValueOperand(":n0", VALUES.get(":n0")), new ValueOperand(":n1", VALUES.get(":n1")))
          : new In(subject, List.of(value(random), value(random)));
      case 2 -> new FunctionCondition(new FunctionOperand(random.nextBoolean() ? "attribute_exists" : "attribute_not_exists", List.of(subject)));
      case 3 -> new FunctionCondition(new FunctionOperand(random.nextBoolean() ? "begins_with" : "contains", List.of(subject, new ValueOperand(":s0", VALUES.get(":s0")))));
      case 4 -> new Comparison(COMPARATORS[random.nextInt(6)], value(random), subject);
      case 5 -> new And(tree(random, depth - 1), tree(random, depth - 1));
      case 6 -> new Or(tree(random, depth - 1), tree(random, depth - 1));
      default -> new Not(tree(random, depth - 1));
    };
  }

  @Test
  void printedConditions_parseBackToTheSameTree() {
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      ConditionNode tree = tree(random, 4);
      String text = new ExpressionPrinter(random).condition(tree);
      ConditionNode parsed = Expressions.conditionTree(text, new ExpressionContext(null, VALUES));
      assertThat(parsed).as("seed %d: %s", seed, text).isEqualTo(tree);
    }
  }

  /** The reference meaning of a boolean tree over flat numeric attributes. */
  private static boolean reference(ConditionNode node, Map<String, Value> item) {
    if (node instanceof And and) {
      return reference(and.left(), item) && reference(and.right(), item);
    }
    if (node instanceof Or or) {
      return reference(or.left(), item) || reference(or.right(), item);
    }
    if (node instanceof Not not) {
      return !reference(not.inner(), item);
    }
    if (node instanceof FunctionCondition f) {
      return item.containsKey(((PathOperand) f.call().args().get(0)).path().attributeName());
    }
    Comparison c = (Comparison) node;
    Value actual = item.get(((PathOperand) c.left()).path().attributeName());
    return actual != null && actual.equals(((ValueOperand) c.right()).value());
  }

  private static ConditionNode booleanTree(Random random, int depth) {
    int choice = random.nextInt(depth <= 0 ? 2 : 5);
    PathOperand subject = new PathOperand(AttributePath.attribute(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]));
    return switch (choice) {
      case 0 -> new FunctionCondition(new FunctionOperand("attribute_exists", List.of(subject)));
      case 1 -> new Comparison("=", subject, random.nextBoolean() ? new ValueOperand(":n0", VALUES.get(":n0")) : new ValueOperand(":n1", VALUES.get(":n1")));
      case 2 -> new And(booleanTree(random, depth - 1), booleanTree(random, depth - 1));
      case 3 -> new Or(booleanTree(random, depth - 1), booleanTree(random, depth - 1));
      default -> new Not(booleanTree(random, depth - 1));
    };
  }

  @Test
  void minimallyParenthesisedConditions_evaluateLikeTheirTrees() {
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(1000 + seed);
      ConditionNode tree = booleanTree(random, 5);
      String text = new ExpressionPrinter(null).condition(tree);
      Condition condition = Expressions.condition(text, new ExpressionContext(null, VALUES), "ConditionExpression");
      for (int i = 0; i < 8; i++) {
        Map<String, Value> item = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
          int pick = random.nextInt(3);
          if (pick > 0) {
            item.put(attribute, pick == 1 ? n("1") : n("5"));
          }
        }
        assertThat(condition.test(item)).as("seed %d: %s on %s", seed, text, item).isEqualTo(reference(tree, item));
      }
    }
  }

  /** Random non-overlapping update actions on top-level attributes with known effects. */
  private static List<UpdateAction> actions(Random random) {
    List<UpdateAction> actions = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Clause clause : Clause.values()) {
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        String name = "u" + random.nextInt(8);
        if (!used.add(name)) {
          continue;
        }
        AttributePath path = AttributePath.attribute(name);
        Operand operand =
            switch (clause) {
              case SET -> new ValueOperand(":n1", VALUES.get(":n1"));
              case REMOVE -> null;
              case ADD -> new ValueOperand(":n0", VALUES.get(":n0"));
              case DELETE -> new ValueOperand(":set", ss("x"));
            };
        actions.add(new UpdateAction(clause, path, operand));
      }
    }
    if (actions.isEmpty()) {
      actions.add(new UpdateAction(Clause.REMOVE, AttributePath.attribute("u9"), null));
    }
    return actions;
  }

  @Test
  void updates_roundTrip_andKeepTheirInvariants() {
    Map<String, Value> values = new LinkedHashMap<>(VALUES);
    values.put(":set", ss("x"));
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(5000 + seed);
      List<UpdateAction> actions = actions(random);
      String text = new ExpressionPrinter(null).update(actions);
      ExpressionContext context = new ExpressionContext(null, values);
      Update update = Expressions.update(text, context);
      assertThat(((UpdatePlan) update).actions()).as("seed %d: %s", seed, text).isEqualTo(actions);

      Map<String, Value> item = new LinkedHashMap<>();
      for (int i = 0; i < 10; i++) {
        int pick = random.nextInt(3);
        if (pick == 1) {
          item.put("u" + i, n(String.valueOf(random.nextInt(100))));
        } else if (pick == 2) {
          item.put("u" + i, random.nextBoolean() ? ss("x") : ss("x", "y"));
        }
      }
      Map<String, Value> before = Map.copyOf(item);
      Map<String, Value> after;
      try {
        after = update.apply(item);
      } catch (dev.hangar.dynamo.internal.error.DynamoException e) {
        assertThat(e.getMessage()).as("seed %d", seed).isEqualTo(UpdatePlan.INCORRECT_TYPE);
        assertThat(item).isEqualTo(before);
        continue;
      }
      assertThat(item).as("input untouched, seed %d", seed).isEqualTo(before);
      Set<String> touched = new HashSet<>();
      for (UpdateAction action : actions) {
        String name = action.path().attributeName();
        touched.add(name);
        Value old = before.get(name);
        Value now = after.get(name);
        switch (action.clause()) {
          case SET -> assertThat(now).isEqualTo(n("5"));
          case REMOVE -> assertThat(now).isNull();
          case ADD -> assertThat(now).isEqualTo(old == null ? n("1") : n(((Value.N) old).value().add(BigDecimal.ONE).toPlainString()));
          case DELETE -> {
            if (old == null || ((Value.SS) old).value().equals(Set.of("x"))) {
              assertThat(now).as("no empty set, seed %d", seed).isNull();
            } else {
              assertThat(now).isEqualTo(ss("y"));
            }
          }
        }
      }
      for (Map.Entry<String, Value> entry : before.entrySet()) {
        if (!touched.contains(entry.getKey())) {
          assertThat(after.get(entry.getKey())).as("untouched attribute, seed %d", seed).isEqualTo(entry.getValue());
        }
      }
      assertThat(update.paths()).hasSize(actions.size());
    }
  }
}
