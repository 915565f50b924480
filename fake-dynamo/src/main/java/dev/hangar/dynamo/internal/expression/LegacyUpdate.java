package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;

/**
 * One entry of the legacy {@code AttributeUpdates} parameter (the {@code AttributeValueUpdate}
 * shape of the DynamoDB API reference).
 *
 * @param action {@code PUT}, {@code ADD} or {@code DELETE}; null means {@code PUT}
 * @param value the value, or null
 */
public record LegacyUpdate(String action, Value value) {}
