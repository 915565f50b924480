package dev.hangar.junit.internal.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CloudFormation/SAM template (YAML or JSON) into {@link Node}s with their lines.
 *
 * <p>Jackson's YAML parser exposes each node's tag through {@link JsonParser#getTypeId()}, so the
 * short forms ({@code !Ref}, {@code !GetAtt}, ...) are read from the same streaming parser as the
 * JSON long forms ({@code {"Fn::GetAtt": [...]}}); both become {@link Node.Intrinsic}.
 */
final class TemplateReader {
  /** The intrinsic functions Hangar evaluates, by their long names. */
  static final Set<String> SUPPORTED =
      Set.of(
          "Ref",
          "Condition",
          "Fn::GetAtt",
          "Fn::Sub",
          "Fn::Join",
          "Fn::Select",
          "Fn::Split",
          "Fn::If",
          "Fn::Equals",
          "Fn::Not",
          "Fn::And",
          "Fn::Or",
          "Fn::FindInMap",
          "Fn::Base64");

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private final String file;

  private TemplateReader(String file) {
    this.file = file;
  }

  /**
   * Reads a template's text.
   *
   * @param file the file name for messages
   * @param text the template
   * @param json whether it is JSON rather than YAML
   */
  static Node.Mapping read(String file, String text, boolean json) {
    TemplateReader reader = new TemplateReader(file);
    try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new TemplateException(file + " is empty; a template is a map with a Resources key");
      }
      Node root = reader.node(parser);
      if (!(root instanceof Node.Mapping mapping)) {
        throw new TemplateException(
            root.where(), "a template must be a map with a Resources key, found " + kind(root));
      }
      return mapping;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null ? "" : ", line " + at.getLineNr();
      throw new TemplateException(
          file + line + ": not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new TemplateException("Could not read " + file + ": " + e, e);
    }
  }

  private Node node(JsonParser parser) throws IOException {
    Location where = location(parser);
    String tag = tag(parser);
    Node value = untagged(parser, where);
    if (tag == null) {
      return value instanceof Node.Mapping mapping ? longForm(mapping) : value;
    }
    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    if (!SUPPORTED.contains(name)) {
      throw new TemplateException(
          where,
          "the intrinsic function !"
              + tag
              + " is not supported by Hangar (supported: "
              + supportedList()
              + "); replace it with a parameter or a literal value");
    }
    if (name.equals("Fn::GetAtt") && value instanceof Node.Scalar scalar) {
      value = splitGetAtt(scalar);
    }
    return new Node.Intrinsic(name, value, where);
  }

  private Node untagged(JsonParser parser, Location where) throws IOException {
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new TemplateException(
          where,
          "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
    }
    switch (token) {
      case START_OBJECT:
        return mapping(parser, where);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(parser));
        }
        return new Node.Sequence(items, where);
      case VALUE_STRING:
        return new Node.Scalar(parser.getText(), where);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(parser.getNumberValue(), where);
      case VALUE_TRUE:
        return new Node.Scalar(Boolean.TRUE, where);
      case VALUE_FALSE:
        return new Node.Scalar(Boolean.FALSE, where);
      case VALUE_NULL:
        return new Node.Scalar(null, where);
      default:
        throw new TemplateException(where, "unexpected " + token);
    }
  }

  private Node mapping(JsonParser parser, Location where) throws IOException {
    Map<String, Node> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = location(parser);
      parser.nextToken();
      if (entries.put(key, node(parser)) != null) {
        throw new TemplateException(keyAt, "the key '" + key + "' appears twice in the same map");
      }
    }
    return new Node.Mapping(entries, where);
  }

  /** A one-key map {@code {"Ref": x}} or {@code {"Fn::Name": x}} is an intrinsic function call. */
  private Node longForm(Node.Mapping mapping) {
    if (mapping.entries().size() != 1) {
      return mapping;
    }
    Map.Entry<String, Node> only = mapping.entries().entrySet().iterator().next();
    String name = only.getKey();
    if (!name.equals("Ref") && !name.startsWith("Fn::")) {
      return mapping;
    }
    if (!SUPPORTED.contains(name)) {
      throw new TemplateException(
          mapping.where(),
          "the intrinsic function "
              + name
              + " is not supported by Hangar (supported: "
              + supportedList()
              + "); replace it with a parameter or a literal value");
    }
    Node argument = only.getValue();
    if (name.equals("Fn::GetAtt") && argument instanceof Node.Scalar scalar) {
      argument = splitGetAtt(scalar);
    }
    return new Node.Intrinsic(name, argument, mapping.where());
  }

  private static Node splitGetAtt(Node.Scalar scalar) {
    String text = String.valueOf(scalar.value());
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new TemplateException(
          scalar.where(),
          "!GetAtt takes LogicalId.AttributeName, got '" + text + "'");
    }
    return new Node.Sequence(
        List.of(
            new Node.Scalar(text.substring(0, dot), scalar.where()),
            new Node.Scalar(text.substring(dot + 1), scalar.where())),
        scalar.where());
  }

  private String tag(JsonParser parser) throws IOException {
    if (!(parser instanceof YAMLParser)) {
      return null;
    }
    Object typeId = parser.getTypeId();
    String tag = typeId == null ? null : typeId.toString();
    // Standard YAML tags (!!str, !!int, ...) arrive expanded; they are not intrinsics.
    if (tag == null || tag.startsWith("tag:yaml.org,2002:")) {
      return null;
    }
    return tag;
  }

  private Location location(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new Location(file, at.getLineNr(), at.getColumnNr());
  }

  static String kind(Node node) {
    if (node instanceof Node.Mapping) {
      return "a map";
    }
    if (node instanceof Node.Sequence) {
      return "a list";
    }
    if (node instanceof Node.Intrinsic intrinsic) {
      return "the function " + intrinsic.name();
    }
    return "'" + ((Node.Scalar) node).value() + "'";
  }

  private static String supportedList() {
    return "Ref, Condition, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Select, Fn::Split, Fn::If,"
        + " Fn::Equals, Fn::Not, Fn::And, Fn::Or, Fn::FindInMap, Fn::Base64";
  }
}
