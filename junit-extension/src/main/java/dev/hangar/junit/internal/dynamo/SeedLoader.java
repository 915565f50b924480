package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import dev.hangar.junit.Seed;
import dev.hangar.junit.internal.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads a {@link Seed} file and puts its items into the table with PutItem. */
public final class SeedLoader {
  private static final Set<String> TYPES =
      Set.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

  private SeedLoader() {}

  /**
   * Applies one seed.
   *
   * @param harness the harness
   * @param template the template, or null
   * @param seed the seed
   * @param testClass the class the seed is declared for (relative resources are found beside it)
   */
  public static void apply(Harness harness, Template template, Seed seed, Class<?> testClass) {
    String origin = "@Seed(table = \"" + seed.table() + "\", value = \"" + seed.value() + "\") on " + testClass.getName();
    ArrayNode items = items(read(seed.value(), testClass, origin), origin);
    boolean dynamoJson =
        seed.format() == Seed.Format.DYNAMODB
            || (seed.format() == Seed.Format.AUTO && allTyped(items));
    String table = TemplateTableNames.physicalName(template, seed.table());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table);
      body.set("Item", dynamoJson ? item : item(item));
      try {
        DynamoWire.call(harness, "PutItem", body);
      } catch (DynamoWire.Failure e) {
        throw new ExtensionConfigurationException(
            origin + ": item " + (i + 1) + " of " + items.size() + " was rejected: " + e.getMessage(), e);
      }
    }
  }

  private static ArrayNode items(String text, String origin) {
    JsonNode root;
    try {
      root = DynamoWire.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ExtensionConfigurationException(
          origin + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new ExtensionConfigurationException(origin + ": the file must hold a JSON array of items");
    }
    for (int i = 0; i < root.size(); i++) {
      if (!root.get(i).isObject()) {
        throw new ExtensionConfigurationException(
            origin + ": item " + (i + 1) + " is not a JSON object");
      }
    }
    return (ArrayNode) root;
  }

  static boolean allTyped(ArrayNode items) {
    for (JsonNode item : items) {
      for (Iterator<JsonNode> values = item.elements(); values.hasNext(); ) {
        JsonNode value = values.next();
        if (!value.isObject() || value.size() != 1 || !TYPES.contains(value.fieldNames().next())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A plain JSON object as a DynamoDB item (a map of attribute values). */
  static ObjectNode item(JsonNode plain) {
    ObjectNode item = DynamoWire.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> field : plain.properties()) {
      item.set(field.getKey(), value(field.getValue()));
    }
    return item;
  }

  /** A plain JSON value as a DynamoDB attribute value. */
  static JsonNode value(JsonNode plain) {
    ObjectNode out = DynamoWire.JSON.createObjectNode();
    if (plain.isObject()) {
      out.set("M", item(plain));
    } else if (plain.isTextual()) {
      out.put("S", plain.asText());
    } else if (plain.isNumber()) {
      // As written (1.50 stays 1.50): DynamoDB normalises numbers itself, as it does for the SDK.
      out.put("N", plain.isBigDecimal() ? plain.decimalValue().toString() : plain.asText());
    } else if (plain.isBoolean()) {
      out.put("BOOL", plain.asBoolean());
    } else if (plain.isNull()) {
      out.put("NULL", true);
    } else if (plain.isBinary()) {
      out.put("B", plain.asText());
    } else {
      ArrayNode list = out.putArray("L");
      for (JsonNode element : plain) {
        list.add(value(element));
      }
    }
    return out;
  }

  private static String read(String name, Class<?> testClass, String origin) {
    Path file = Path.of(name).toAbsolutePath().normalize();
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      URL url = testClass.getResource(name);
      if (url == null) {
        url = testClass.getClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name);
      }
      if (url != null) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new ExtensionConfigurationException(origin + ": could not read " + name + ": " + e, e);
    }
    String pkg = testClass.getPackageName().replace('.', '/');
    throw new ExtensionConfigurationException(
        origin
            + ": the file "
            + name
            + " was not found: tried the file "
            + file
            + ", the class-path resource "
            + (pkg.isEmpty() ? "" : pkg + "/")
            + name
            + " and the class-path resource "
            + name);
  }
}
