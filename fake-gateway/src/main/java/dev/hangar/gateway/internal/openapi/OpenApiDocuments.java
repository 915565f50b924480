package dev.hangar.gateway.internal.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an OpenAPI document written in JSON or in YAML (API Gateway imports both, "Develop REST
 * APIs using OpenAPI in API Gateway"), reporting a syntax error with the document's name and the
 * line and column where it was found.
 */
final class OpenApiDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private OpenApiDocuments() {}

  /**
   * Parses a document: JSON when it starts with an opening brace, YAML otherwise.
   *
   * @param document the text
   * @param source the document's name for messages
   * @return the root object, never null
   * @throws IllegalArgumentException when the text is not one JSON or YAML object
   */
  static JsonNode parse(String document, String source) {
    boolean json = document.strip().startsWith("{");
    JsonNode root;
    try {
      root = (json ? JSON : YAML).readTree(document);
    } catch (JsonProcessingException e) {
      MarkedYAMLException yaml = yamlCause(e);
      String problem =
          yaml == null
              ? where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage())
              : describe(yaml);
      throw new IllegalArgumentException(
          "The " + source + " is not valid " + (json ? "JSON" : "YAML") + problem, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "The " + source + " is not an OpenAPI document: its top level is not "
              + (json ? "a JSON object" : "a YAML mapping"));
    }
    return root;
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  /**
   * Where the parser found the problem, what it was, and where the construct it was reading began
   * (for an unclosed bracket, the more useful line).
   */
  private static String describe(MarkedYAMLException e) {
    StringBuilder text = new StringBuilder();
    text.append(at(e.getProblemMark())).append(": ").append(e.getProblem());
    if (e.getContext() != null) {
      text.append(" (").append(e.getContext());
      if (e.getContextMark() != null) {
        text.append(" started at line ").append(e.getContextMark().getLine() + 1)
            .append(", column ").append(e.getContextMark().getColumn() + 1);
      }
      text.append(')');
    }
    return text.toString();
  }

  private static String at(Mark mark) {
    return mark == null
        ? ""
        : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
