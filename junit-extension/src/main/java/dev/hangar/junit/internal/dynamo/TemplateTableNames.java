package dev.hangar.junit.internal.dynamo;

import dev.hangar.junit.internal.template.TableSpec;
import dev.hangar.junit.internal.template.Template;
import java.util.regex.Pattern;

/**
 * Which physical table a name in a test ({@code @Named}, {@code @Seed(table = ...)}) means: a
 * template table's logical id gives that table; a template's own {@code TableName} gives that
 * table also when a run against real endpoints prefixed it ({@code hangar.target=aws}), so that a
 * test never reaches an unprefixed real table of the same name by accident; any other name is the
 * physical name itself.
 */
public final class TemplateTableNames {
  /** How a run against real endpoints starts its table names: {@code hangar-{run id}-{hash}-}. */
  public static final String RUN_PREFIX = "hangar-[a-z0-9]{1,12}-[0-9a-f]{6}-";

  private TemplateTableNames() {}

  /**
   * The physical name a test's table name means.
   *
   * @param template the template, or null
   * @param name a logical id or a physical name
   * @return the physical name, never null
   */
  public static String physicalName(Template template, String name) {
    if (template == null) {
      return name;
    }
    for (TableSpec spec : template.tables()) {
      if (spec.logicalId().equals(name)) {
        return spec.tableName();
      }
    }
    Pattern prefixed = Pattern.compile(RUN_PREFIX + Pattern.quote(name));
    for (TableSpec spec : template.tables()) {
      if (prefixed.matcher(spec.tableName()).matches()) {
        return spec.tableName();
      }
    }
    return name;
  }
}
