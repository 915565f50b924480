package dev.hangar.junit.internal;

import dev.hangar.junit.internal.dynamo.TemplateTableNames;
import dev.hangar.junit.internal.template.TableSpec;
import dev.hangar.junit.internal.template.Template;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Which table a {@code DynamoTable} injection point means. */
final class TableNames {
  private TableNames() {}

  /**
   * The physical name ({@link TemplateTableNames#physicalName}); without a name, the template's
   * only table.
   */
  static String resolve(Template template, String named, String where) {
    List<TableSpec> tables = template == null ? List.of() : template.tables();
    if (named != null) {
      return TemplateTableNames.physicalName(template, named);
    }
    if (tables.size() == 1) {
      return tables.get(0).tableName();
    }
    throw new ExtensionConfigurationException(
        where
            + " is a DynamoTable without @Named, and "
            + (tables.isEmpty()
                ? "the harness has no template tables"
                : "the template declares " + tables.size() + " tables ("
                    + String.join(", ", tables.stream().map(TableSpec::logicalId).toList()) + ")")
            + "; name the table with @Named(\"LogicalId\") or @Named(\"table-name\")");
  }
}
