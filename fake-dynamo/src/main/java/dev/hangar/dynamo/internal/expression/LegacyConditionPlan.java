package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Legacy per-attribute conditions joined by {@code ConditionalOperator}. */
final class LegacyConditionPlan implements Condition {
  private final List<Predicate<Map<String, Value>>> tests;
  private final boolean any;
  private final List<AttributePath> paths;

  /**
   * Joins the tests.
   *
   * @param tests one test per attribute
   * @param any true for {@code OR}, false for {@code AND}
   * @param paths the attributes tested
   */
  LegacyConditionPlan(
      List<Predicate<Map<String, Value>>> tests, boolean any, List<AttributePath> paths) {
    this.tests = List.copyOf(tests);
    this.any = any;
    this.paths = List.copyOf(paths);
  }

  @Override
  public boolean test(Map<String, Value> item) {
    for (Predicate<Map<String, Value>> test : tests) {
      if (test.test(item) == any) {
        return any;
      }
    }
    return !any;
  }

  @Override
  public List<AttributePath> paths() {
    return paths;
  }
}
