package dev.hangar.dynamo.internal.expression;

import java.util.ArrayList;
import java.util.List;

/** The grammar of projection expressions: document paths separated by commas. */
final class ProjectionGrammar {
  private ProjectionGrammar() {}

  static List<AttributePath> parse(ExpressionParser parser) {
    PathOverlaps overlaps = new PathOverlaps(parser.problems());
    List<AttributePath> paths = new ArrayList<>();
    paths.add(parser.path());
    overlaps.add(paths.get(0));
    while (parser.peek().kind() == Token.Kind.COMMA) {
      parser.next();
      AttributePath path = parser.path();
      overlaps.add(path);
      paths.add(path);
    }
    parser.expectEnd();
    parser.problems().throwFirst(parser.parameterName(), Problems.PROJECTION_ORDER);
    return paths;
  }
}
