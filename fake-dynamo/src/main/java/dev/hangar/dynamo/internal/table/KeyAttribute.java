package dev.hangar.dynamo.internal.table;

import java.util.Objects;

/**
 * A key attribute as declared in {@code AttributeDefinitions}: its name and scalar type.
 *
 * @param name the attribute name
 * @param type {@code S}, {@code N} or {@code B}
 */
public record KeyAttribute(String name, String type) {
  /** Checks for null. */
  public KeyAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
