package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.List;

/**
 * One {@code KeySchemaElement} as sent: an attribute name and a key type, either possibly null.
 *
 * @param name the attribute name
 * @param keyType {@code HASH} or {@code RANGE} when valid
 */
record KeyElement(String name, String keyType) {

  /** Reads an element of a {@code KeySchema} list. */
  static KeyElement read(JsonNode node) {
    return new KeyElement(
        JsonShapes.string(JsonShapes.asStructure(node), "AttributeName"),
        JsonShapes.string(node, "KeyType"));
  }

  /** Checks the elements of a key schema list, as model validation does. */
  static void check(List<KeyElement> elements, String member, ParameterCheck check) {
    if (elements == null) {
      check.notNull(null, member);
      return;
    }
    check.length(elements, elements.size(), member, 1, 2);
    for (int i = 0; i < elements.size(); i++) {
      KeyElement element = elements.get(i);
      String at = member + "." + (i + 1) + ".member.";
      check.notNull(element.keyType(), at + "keyType")
          .oneOf(element.keyType(), at + "keyType", List.of("HASH", "RANGE"))
          .notNull(element.name(), at + "attributeName");
    }
  }

  @Override
  public String toString() {
    return "KeySchemaElement(AttributeName=" + name + ", KeyType=" + keyType + ")";
  }
}
