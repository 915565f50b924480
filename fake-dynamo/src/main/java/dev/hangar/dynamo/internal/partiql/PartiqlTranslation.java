package dev.hangar.dynamo.internal.partiql;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parts of a PartiQL statement into DynamoDB's expression language, with every name and
 * value behind a placeholder, so that the expression package evaluates PartiQL conditions, SET and
 * REMOVE exactly as it evaluates ConditionExpression and UpdateExpression.
 */
public final class PartiqlTranslation {
  private final List<Value> parameters;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> placeholderOfName = new LinkedHashMap<>();
  private final Map<String, Value> values = new LinkedHashMap<>();

  /**
   * A translation binding {@code ?} to the request's parameters.
   *
   * @param parameters the {@code Parameters}, in order
   */
  public PartiqlTranslation(List<Value> parameters) {
    this.parameters = parameters;
  }

  /**
   * The {@code ExpressionAttributeNames} used so far.
   *
   * @return placeholder to name
   */
  public Map<String, String> names() {
    return names;
  }

  /**
   * The {@code ExpressionAttributeValues} used so far.
   *
   * @return placeholder to value
   */
  public Map<String, Value> values() {
    return values;
  }

  /**
   * A value expression (literal, parameter, map, list or set) as a value.
   *
   * @param expression the expression
   * @return the value
   * @throws DynamoException a {@code ValidationException} for a path where a value is needed or a
   *     set of mixed or unsupported types
   */
  public Value bind(PartiqlExpr expression) {
    if (expression instanceof PartiqlExpr.Literal literal) {
      return literal.value();
    }
    if (expression instanceof PartiqlExpr.Parameter parameter) {
      return parameters.get(parameter.index());
    }
    if (expression instanceof PartiqlExpr.MapLiteral map) {
      Map<String, Value> entries = new LinkedHashMap<>();
      for (int i = 0; i < map.keys().size(); i++) {
        entries.put(map.keys().get(i), bind(map.values().get(i)));
      }
      return new Value.M(entries);
    }
    if (expression instanceof PartiqlExpr.ListLiteral list) {
      List<Value> elements = new ArrayList<>();
      for (PartiqlExpr element : list.elements()) {
        elements.add(bind(element));
      }
      return new Value.L(elements);
    }
    if (expression instanceof PartiqlExpr.SetLiteral set) {
      return bindSet(set);
    }
    throw PartiqlErrors.unsupported("a path or operation where a value is expected");
  }

  private Value bindSet(PartiqlExpr.SetLiteral set) {
    List<Value> elements = new ArrayList<>();
    for (PartiqlExpr element : set.elements()) {
      elements.add(bind(element));
    }
    if (elements.isEmpty()) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: An number set  may not be empty");
    }
    String type = elements.get(0).type();
    for (Value element : elements) {
      if (!element.type().equals(type)) {
        throw PartiqlErrors.unsupported("a set with elements of different types");
      }
    }
    switch (type) {
      case "S": {
        Set<String> strings = new LinkedHashSet<>();
        elements.forEach(v -> strings.add(((Value.S) v).value()));
        return new Value.SS(strings);
      }
      case "N": {
        Set<Value.N> numbers = new LinkedHashSet<>();
        elements.forEach(v -> numbers.add((Value.N) v));
        return new Value.NS(numbers);
      }
      case "B": {
        Set<Value.B> binaries = new LinkedHashSet<>();
        elements.forEach(v -> binaries.add((Value.B) v));
        return new Value.BS(binaries);
      }
      default:
        throw PartiqlErrors.unsupported("a set of " + type + " values");
    }
  }

  /**
   * A WHERE condition as a ConditionExpression.
   *
   * @param condition the condition
   * @return the expression text
   */
  public String condition(PartiqlExpr condition) {
    if (condition instanceof PartiqlExpr.Logical logical) {
      return "(" + condition(logical.left()) + ") " + logical.operator() + " ("
          + condition(logical.right()) + ")";
    }
    if (condition instanceof PartiqlExpr.Not not) {
      return "NOT (" + condition(not.operand()) + ")";
    }
    if (condition instanceof PartiqlExpr.Comparison comparison) {
      return operand(comparison.left()) + " " + comparison.operator() + " "
          + operand(comparison.right());
    }
    if (condition instanceof PartiqlExpr.Between between) {
      return operand(between.value()) + " BETWEEN " + operand(between.low()) + " AND "
          + operand(between.high());
    }
    if (condition instanceof PartiqlExpr.In in) {
      List<String> options = new ArrayList<>();
      for (PartiqlExpr option : in.options()) {
        options.add(operand(option));
      }
      return operand(in.value()) + " IN (" + String.join(", ", options) + ")";
    }
    if (condition instanceof PartiqlExpr.Is is) {
      String path = path(is.path());
      String test = is.what().equals("MISSING")
          ? "attribute_not_exists(" + path + ")"
          : "attribute_type(" + path + ", " + value(new Value.S("NULL")) + ")";
      return is.negated() ? "NOT " + test : test;
    }
    if (condition instanceof PartiqlExpr.Call call) {
      return operand(call);
    }
    throw PartiqlErrors.unsupported("this condition");
  }

  private String operand(PartiqlExpr expression) {
    if (expression instanceof PartiqlExpr.Path path) {
      return path(path);
    }
    if (expression instanceof PartiqlExpr.Call call) {
      List<String> arguments = new ArrayList<>();
      for (PartiqlExpr argument : call.arguments()) {
        arguments.add(operand(argument));
      }
      return call.function() + "(" + String.join(", ", arguments) + ")";
    }
    if (expression instanceof PartiqlExpr.Arithmetic arithmetic) {
      return operand(arithmetic.left()) + " " + arithmetic.operator() + " "
          + operand(arithmetic.right());
    }
    return value(bind(expression));
  }

  /**
   * A path with its names behind placeholders.
   *
   * @param path the path
   * @return the expression text
   */
  public String path(PartiqlExpr.Path path) {
    StringBuilder text = new StringBuilder();
    for (Object element : path.elements()) {
      if (element instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name((String) element));
      }
    }
    return text.toString();
  }

  private String name(String name) {
    return placeholderOfName.computeIfAbsent(name, n -> {
      String placeholder = "#p" + names.size();
      names.put(placeholder, n);
      return placeholder;
    });
  }

  private String value(Value value) {
    String placeholder = ":p" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * The SET and REMOVE actions of an UPDATE as an UpdateExpression.
   *
   * @param update the statement
   * @return the expression text
   */
  public String update(PartiqlStatement.Update update) {
    StringBuilder text = new StringBuilder();
    if (!update.sets().isEmpty()) {
      List<String> actions = new ArrayList<>();
      for (PartiqlStatement.SetAction set : update.sets()) {
        actions.add(path(set.path()) + " = " + operand(set.value()));
      }
      text.append("SET ").append(String.join(", ", actions));
    }
    if (!update.removes().isEmpty()) {
      List<String> paths = new ArrayList<>();
      for (PartiqlExpr.Path path : update.removes()) {
        paths.add(path(path));
      }
      text.append(text.length() > 0 ? " " : "").append("REMOVE ").append(String.join(", ", paths));
    }
    return text.toString();
  }

  /**
   * A projection list as a ProjectionExpression.
   *
   * @param paths the paths
   * @return the expression text
   */
  public String projection(List<PartiqlExpr.Path> paths) {
    List<String> texts = new ArrayList<>();
    for (PartiqlExpr.Path path : paths) {
      texts.add(path(path));
    }
    return String.join(", ", texts);
  }
}
