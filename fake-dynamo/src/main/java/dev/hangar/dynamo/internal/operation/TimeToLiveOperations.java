package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.store.StoredTimeToLive;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;

/**
 * UpdateTimeToLive and DescribeTimeToLive (Amazon DynamoDB API Reference). Changes take effect at
 * once: DescribeTimeToLive reports ENABLED or DISABLED, never ENABLING or DISABLING.
 */
public final class TimeToLiveOperations {
  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public TimeToLiveOperations(ServiceState state) {
    this.state = state;
  }

  /** UpdateTimeToLive. */
  public void updateTimeToLive(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    ObjectNode specification = JsonShapes.structure(request, "TimeToLiveSpecification");
    String attribute = specification == null ? null
        : JsonShapes.string(specification, "AttributeName");
    Boolean enabled = specification == null ? null : JsonShapes.bool(specification, "Enabled");
    ParameterCheck check = new ParameterCheck()
        .tableName(name, "tableName")
        .notNull(specification, "timeToLiveSpecification");
    if (specification != null) {
      check.notNull(attribute, "timeToLiveSpecification.attributeName");
      if (attribute != null) {
        check.length(attribute, attribute.length(), "timeToLiveSpecification.attributeName", 1,
            255);
      }
      check.notNull(enabled, "timeToLiveSpecification.enabled");
    }
    check.throwIfAny();
    Table table = state.catalog().requireForControl(name);
    java.time.Instant now = state.context().clock().now();
    state.timeToLive().update(table, enabled, attribute, now, state::withItemLock);
    state.storage().recordTimeToLive(
        table.name(), new StoredTimeToLive(enabled ? attribute : null, now));
    out.writeStartObject();
    out.writeObjectFieldStart("TimeToLiveSpecification");
    out.writeStringField("AttributeName", attribute);
    out.writeBooleanField("Enabled", enabled);
    out.writeEndObject();
    out.writeEndObject();
  }

  /** DescribeTimeToLive. */
  public void describeTimeToLive(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    new ParameterCheck().tableName(name, "tableName").throwIfAny();
    Table table = state.catalog().requireForControl(name);
    out.writeStartObject();
    out.writeFieldName("TimeToLiveDescription");
    state.timeToLive().describe(table, out);
    out.writeEndObject();
  }
}
