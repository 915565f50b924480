package dev.hangar.junit;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the items of a {@link DynamoTable}; get one from {@link
 * HangarAssertions#assertThat(DynamoTable)}. Each check reads the table afresh (Scan); numbers
 * compare by value ({@code 5} equals {@code 5.0}). Failure messages list the table's items, as
 * Java maps unless {@link #inJson(JsonStyle)} chose plain JSON or DynamoDB JSON.
 *
 * @since 0.1.0
 */
public final class TableAssert extends AbstractAssert<TableAssert, DynamoTable> {
  private JsonStyle style;

  TableAssert(DynamoTable actual) {
    super(actual, TableAssert.class);
  }

  /**
   * Chooses how failure messages write the items: one JSON object per line, in plain JSON or in
   * DynamoDB JSON (as Scan returns them).
   *
   * @param chosen the style
   * @return this
   */
  public TableAssert inJson(JsonStyle chosen) {
    this.style = java.util.Objects.requireNonNull(chosen, "style");
    return this;
  }

  /**
   * Checks the number of items.
   *
   * @param expected the count
   * @return this
   */
  public TableAssert hasItemCount(int expected) {
    isNotNull();
    List<Map<String, Object>> items = actual.items();
    if (items.size() != expected) {
      failWithMessage(
          "Expected table %s to hold %s items but it holds %s:%n%s",
          actual.name(), expected, items.size(), render(items));
    }
    return this;
  }

  /**
   * Checks that the table holds no item.
   *
   * @return this
   */
  public TableAssert isEmpty() {
    return hasItemCount(0);
  }

  /**
   * Checks that some item has an attribute with this value.
   *
   * @param attribute the attribute, for example the partition key
   * @param value the value
   * @return this
   */
  public TableAssert containsItemWithKey(String attribute, Object value) {
    return containsItem(Map.of(attribute, value));
  }

  /**
   * Checks that some item has all of these attributes with these values (it may have more).
   *
   * @param attributes the attributes
   * @return this
   */
  public TableAssert containsItem(Map<String, ?> attributes) {
    isNotNull();
    List<Map<String, Object>> items = actual.items();
    for (Map<String, Object> item : items) {
      if (AttributeMatch.contains(item, attributes)) {
        return this;
      }
    }
    failWithMessage(
        "Expected table %s to hold an item with %s but its items are:%n%s",
        actual.name(), attributes, render(items));
    return this;
  }

  private String render(List<Map<String, Object>> items) {
    if (items.isEmpty()) {
      return "  (none)";
    }
    // Read again in the chosen notation only on failure: passing checks scan once.
    List<?> lines = style == null ? items : actual.itemsAsJson(style);
    StringBuilder out = new StringBuilder();
    for (Object item : lines) {
      out.append(out.length() == 0 ? "" : String.format("%n")).append("  ").append(item);
    }
    return out.toString();
  }
}
