package dev.hangar.dynamo.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.wire.JsonShapes;

/**
 * A {@code StreamSpecification} of CreateTable or UpdateTable, validated as DynamoDB validates it
 * (Amazon DynamoDB API Reference, "StreamSpecification"; texts as DynamoDB Local words them).
 *
 * @param enabled {@code StreamEnabled}
 * @param viewType {@code StreamViewType}; null exactly when the stream is disabled
 */
public record StreamSpecification(boolean enabled, StreamViewType viewType) {
  private static final String INVALID_TYPE = "Invalid StreamViewType: ";

  /**
   * Reads and validates a specification.
   *
   * @param node the {@code StreamSpecification} member
   * @return the specification
   * @throws DynamoException a {@code ValidationException} for a missing {@code StreamEnabled}, a
   *     missing or unknown view type on enabling, or a view type on disabling
   */
  public static StreamSpecification parse(JsonNode node) {
    Boolean enabled = JsonShapes.bool(JsonShapes.asStructure(node), "StreamEnabled");
    String type = JsonShapes.string(node, "StreamViewType");
    if (enabled == null) {
      throw DynamoException.validation("Stream StreamEnabled was null");
    }
    if (!enabled) {
      if (type != null) {
        throw DynamoException.validation(INVALID_TYPE
            + "Stream StreamEnabled was false but a StreamViewType was present.");
      }
      return new StreamSpecification(false, null);
    }
    if (type == null || type.isEmpty()) {
      throw DynamoException.validation(INVALID_TYPE
          + "Stream ViewType must not be null or empty when enabling streams.");
    }
    for (StreamViewType candidate : StreamViewType.values()) {
      if (candidate.name().equals(type)) {
        return new StreamSpecification(true, candidate);
      }
    }
    throw DynamoException.validation(INVALID_TYPE + type);
  }
}
