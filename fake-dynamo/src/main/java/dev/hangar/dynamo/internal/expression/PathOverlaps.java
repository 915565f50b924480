package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.AttributePath.Element;
import dev.hangar.dynamo.internal.expression.AttributePath.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's rule that the paths of one update or projection neither overlap ({@code a} and
 * {@code a.b}) nor conflict ({@code a[0]} and {@code a.b}, which disagree on a's type).
 */
final class PathOverlaps {
  private final Problems problems;
  private final List<AttributePath> seen = new ArrayList<>();

  PathOverlaps(Problems problems) {
    this.problems = problems;
  }

  void add(AttributePath path) {
    for (AttributePath earlier : seen) {
      check(earlier, path);
    }
    seen.add(path);
  }

  private void check(AttributePath one, AttributePath two) {
    List<Element> a = one.elements();
    List<Element> b = two.elements();
    String paths = "path one: " + one.toMessageString() + ", path two: " + two.toMessageString();
    for (int i = 0; i < a.size() && i < b.size(); i++) {
      Element x = a.get(i);
      Element y = b.get(i);
      if ((x instanceof Name) != (y instanceof Name)) {
        problems.report(
            Problems.Kind.PATH_CONFLICT,
            "Two document paths conflict with each other; must remove or rewrite one of these"
                + " paths; "
                + paths);
        return;
      }
      if (!x.equals(y)) {
        return;
      }
    }
    problems.report(
        Problems.Kind.PATH_OVERLAP,
        "Two document paths overlap with each other; must remove or rewrite one of these paths; "
            + paths);
  }
}
