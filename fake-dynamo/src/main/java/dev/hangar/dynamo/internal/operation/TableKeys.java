package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks DynamoDB applies to a key schema (a table's or an index's), with its messages. */
final class TableKeys {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private TableKeys() {}

  /** Fails unless every key attribute has a definition. */
  static void checkDefined(List<KeyElement> elements, Map<String, KeyAttribute> declared) {
    List<String> names = new ArrayList<>();
    for (KeyElement element : elements) {
      names.add(element.name());
    }
    if (!declared.keySet().containsAll(names)) {
      throw DynamoException.validation(INVALID
          + "Some index key attributes are not defined in AttributeDefinitions. Keys: " + names
          + ", AttributeDefinitions: " + new ArrayList<>(declared.keySet()));
    }
  }

  /**
   * The key schema of defined key elements, checked for order and distinct names.
   *
   * @param elements one or two elements, all defined
   * @param declared attribute definitions by name
   * @return the key schema
   */
  static KeySchema schema(List<KeyElement> elements, Map<String, KeyAttribute> declared) {
    if (!elements.get(0).keyType().equals("HASH")) {
      throw DynamoException.validation(
          "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (elements.size() == 2) {
      if (elements.get(0).name().equals(elements.get(1).name())) {
        throw DynamoException.validation(
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
      }
      if (!elements.get(1).keyType().equals("RANGE")) {
        throw DynamoException.validation(
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
      }
    }
    return new KeySchema(
        declared.get(elements.get(0).name()),
        elements.size() == 2 ? declared.get(elements.get(1).name()) : null);
  }
}
