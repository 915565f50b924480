package dev.hangar.harness.internal.eventsource;

import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.StartingPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code Properties} of a SAM {@code Events: Type: DynamoDB} entry into a mapping (AWS
 * SAM documentation: "DynamoDB", the event source type of {@code AWS::Serverless::Function}).
 */
public final class SamDynamoDbEvent {
  /** Properties with no effect in Hangar: metrics and the key encrypting filter criteria. */
  private static final Set<String> WITHOUT_EFFECT = Set.of("Stream", "KmsKeyArn", "MetricsConfig");

  private SamDynamoDbEvent() {}

  /**
   * Builds the mapping.
   *
   * @param functionName the function's name
   * @param streamArn the stream's ARN, the {@code Stream} property resolved
   * @param properties the event's {@code Properties}
   * @return the mapping
   * @throws IllegalArgumentException naming the property when one is missing, unknown or of the
   *     wrong type
   */
  public static EventSourceMapping read(
      String functionName, String streamArn, Map<String, ?> properties) {
    Object position = properties.get("StartingPosition");
    if (position == null) {
      throw new IllegalArgumentException(
          "StartingPosition is required for a DynamoDB event: add StartingPosition: TRIM_HORIZON"
              + " or LATEST");
    }
    EventSourceMapping.Builder b =
        EventSourceMapping.builder(functionName, streamArn, startingPosition(position));
    for (Map.Entry<String, ?> property : properties.entrySet()) {
      apply(b, property.getKey(), property.getValue());
    }
    return b.build();
  }

  private static StartingPosition startingPosition(Object value) {
    String text = String.valueOf(value);
    if (text.equals("TRIM_HORIZON") || text.equals("LATEST")) {
      return StartingPosition.valueOf(text);
    }
    throw new IllegalArgumentException(
        "StartingPosition of a DynamoDB event must be TRIM_HORIZON or LATEST, got '" + text + "'");
  }

  private static void apply(EventSourceMapping.Builder b, String name, Object value) {
    switch (name) {
      case "StartingPosition" -> { }
      case "BatchSize" -> b.batchSize(number(name, value));
      case "MaximumBatchingWindowInSeconds" -> b.maximumBatchingWindowInSeconds(number(name, value));
      case "BisectBatchOnFunctionError" -> b.bisectBatchOnFunctionError(flag(name, value));
      case "MaximumRetryAttempts" -> b.maximumRetryAttempts(number(name, value));
      case "MaximumRecordAgeInSeconds" -> b.maximumRecordAgeInSeconds(number(name, value));
      case "Enabled" -> b.enabled(flag(name, value));
      case "ParallelizationFactor" -> b.parallelizationFactor(number(name, value));
      case "TumblingWindowInSeconds" -> b.tumblingWindowInSeconds(number(name, value));
      case "FunctionResponseTypes" -> b.functionResponseTypes(strings(name, value));
      case "FilterCriteria" -> filters(b, value);
      case "DestinationConfig" -> destination(b, value);
      case "StartingPositionTimestamp" -> throw new IllegalArgumentException(
          "StartingPositionTimestamp does not apply to DynamoDB streams (no AT_TIMESTAMP): remove it");
      default -> {
        if (!WITHOUT_EFFECT.contains(name)) {
          throw new IllegalArgumentException(
              "Unknown property " + name + " of a DynamoDB event; see the SAM DynamoDB event"
                  + " source type for the valid ones");
        }
      }
    }
  }

  private static void filters(EventSourceMapping.Builder b, Object value) {
    Object filters = map("FilterCriteria", value).get("Filters");
    if (filters == null) {
      return;
    }
    if (!(filters instanceof List<?> list)) {
      throw new IllegalArgumentException("FilterCriteria.Filters must be a list of {Pattern: ...}");
    }
    for (Object filter : list) {
      Object pattern = map("FilterCriteria.Filters[]", filter).get("Pattern");
      if (!(pattern instanceof String text)) {
        throw new IllegalArgumentException(
            "FilterCriteria.Filters[].Pattern must be a JSON string, got " + pattern);
      }
      b.filterPattern(text);
    }
  }

  private static void destination(EventSourceMapping.Builder b, Object value) {
    Object onFailure = map("DestinationConfig", value).get("OnFailure");
    if (onFailure == null) {
      return;
    }
    Object arn = map("DestinationConfig.OnFailure", onFailure).get("Destination");
    if (!(arn instanceof String text)) {
      throw new IllegalArgumentException(
          "DestinationConfig.OnFailure.Destination must be an ARN, got " + arn);
    }
    b.onFailureDestination(text);
  }

  private static Map<?, ?> map(String name, Object value) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(name + " must be a mapping, got " + value);
  }

  private static List<String> strings(String name, Object value) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(name + " must be a list, got " + value);
    }
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add(String.valueOf(item)));
    return out;
  }

  private static int number(String name, Object value) {
    if (value instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    if (value instanceof String s && s.matches("-?\\d{1,9}")) {
      return Integer.parseInt(s);
    }
    throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
  }

  private static boolean flag(String name, Object value) {
    if (value instanceof Boolean f) {
      return f;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
  }
}
