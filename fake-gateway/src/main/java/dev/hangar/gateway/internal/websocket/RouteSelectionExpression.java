package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket API's route selection expression, evaluated against a message body as "Working with
 * routes for WebSocket APIs" describes: unwrapped {@code $request.body.a.b}, wrapped {@code
 * ${request.body.a.b}} mixed with static text, a static value, {@code \$default}; a path that is
 * not found resolves to the empty string; a body that is not JSON cannot be evaluated.
 */
public final class RouteSelectionExpression {
  private static final Pattern UNWRAPPED =
      Pattern.compile("\\$request\\.body((?:\\.[^.${}\\s]+)+)");
  private static final Pattern WRAPPED = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern BODY_PATH = Pattern.compile("request\\.body((?:\\.[^.${}\\s]+)+)");

  /** Static text (path null) or a body path (text null). */
  private record Part(String text, List<String> path) {}

  private final List<Part> parts;
  private final boolean needsBody;

  private RouteSelectionExpression(List<Part> parts) {
    this.parts = List.copyOf(parts);
    this.needsBody = parts.stream().anyMatch(p -> p.path() != null);
  }

  /**
   * Parses an expression.
   *
   * @param apiName the API's name, for messages
   * @param expression the expression
   * @return the parsed expression
   * @throws IllegalArgumentException when a variable is not a {@code request.body} path
   */
  public static RouteSelectionExpression parse(String apiName, String expression) {
    if (expression.isEmpty()) {
      throw invalid(apiName, expression, "it is empty");
    }
    Matcher unwrapped = UNWRAPPED.matcher(expression);
    if (unwrapped.matches()) {
      return new RouteSelectionExpression(List.of(new Part(null, path(unwrapped.group(1)))));
    }
    if (expression.startsWith("\\$")) {
      return new RouteSelectionExpression(List.of(new Part(expression.substring(1), null)));
    }
    List<Part> parts = new ArrayList<>();
    Matcher wrapped = WRAPPED.matcher(expression);
    int at = 0;
    while (wrapped.find()) {
      addText(apiName, expression, expression.substring(at, wrapped.start()), parts);
      Matcher body = BODY_PATH.matcher(wrapped.group(1));
      if (!body.matches()) {
        throw invalid(
            apiName, expression, "${" + wrapped.group(1) + "} is not ${request.body.PATH}");
      }
      parts.add(new Part(null, path(body.group(1))));
      at = wrapped.end();
    }
    addText(apiName, expression, expression.substring(at), parts);
    return new RouteSelectionExpression(parts);
  }

  private static void addText(String apiName, String expression, String text, List<Part> parts) {
    if (text.contains("$")) {
      throw invalid(
          apiName, expression, "only $request.body.PATH or ${request.body.PATH} may use '$'");
    }
    if (!text.isEmpty()) {
      parts.add(new Part(text, null));
    }
  }

  private static List<String> path(String dotted) {
    return List.of(dotted.substring(1).split("\\."));
  }

  private static IllegalArgumentException invalid(String apiName, String expression, String why) {
    return new IllegalArgumentException(
        "WebSocket API '"
            + apiName
            + "': unsupported route selection expression '"
            + expression
            + "' ("
            + why
            + ")");
  }

  /**
   * Evaluates the expression against a message body.
   *
   * @param body the message text
   * @return the route key, or empty when the expression cannot be evaluated (the body is not JSON)
   */
  public Optional<String> evaluate(String body) {
    JsonNode root = null;
    if (needsBody) {
      try {
        root = Json.MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
      if (root == null || !root.isContainerNode()) {
        return Optional.empty();
      }
    }
    StringBuilder key = new StringBuilder();
    for (Part part : parts) {
      key.append(part.text() != null ? part.text() : valueAt(root, part.path()));
    }
    return Optional.of(key.toString());
  }

  private static String valueAt(JsonNode root, List<String> path) {
    JsonNode node = root;
    for (String name : path) {
      node = node.get(name);
      if (node == null || node.isNull()) {
        return "";
      }
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
