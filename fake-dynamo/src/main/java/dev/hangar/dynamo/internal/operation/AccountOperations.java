package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * DescribeLimits and DescribeEndpoints: the account-level answers a client or an SDK asks for,
 * with DynamoDB's documented default quotas.
 */
public final class AccountOperations {
  /** The default account quota of read and write capacity units per region. */
  static final long ACCOUNT_MAX_UNITS = 80_000;
  /** The default quota of read and write capacity units per table. */
  static final long TABLE_MAX_UNITS = 40_000;
  /** How long a client may cache the endpoint DescribeEndpoints returns. */
  static final long ENDPOINT_CACHE_MINUTES = 1440;

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public AccountOperations(ServiceState state) {
    this.state = state;
  }

  /** DescribeLimits. */
  public void describeLimits(ObjectNode request, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("AccountMaxReadCapacityUnits", ACCOUNT_MAX_UNITS);
    out.writeNumberField("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_UNITS);
    out.writeNumberField("TableMaxReadCapacityUnits", TABLE_MAX_UNITS);
    out.writeNumberField("TableMaxWriteCapacityUnits", TABLE_MAX_UNITS);
    out.writeEndObject();
  }

  /** DescribeEndpoints. */
  public void describeEndpoints(ObjectNode request, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("Endpoints");
    out.writeStartObject();
    out.writeStringField("Address", "dynamodb." + state.context().region() + ".amazonaws.com");
    out.writeNumberField("CachePeriodInMinutes", ENDPOINT_CACHE_MINUTES);
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
  }
}
