package dev.hangar.dynamo;

import dev.hangar.dynamo.internal.index.IndexInvariant;
import dev.hangar.dynamo.internal.operation.OperationTable;
import dev.hangar.dynamo.internal.operation.ServiceState;
import dev.hangar.dynamo.internal.store.MemoryItemStore;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.DynamoProtocol;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DynamoDB, in process: tables, items, Query and Scan, batches and transactions, answering the real
 * AWS SDK's requests (the JSON 1.0 protocol of the <i>Amazon DynamoDB API Reference</i>) with
 * DynamoDB's shapes, limits, error types and message texts.
 *
 * <p>Add it to a harness and point a client at the harness:
 *
 * <pre>{@code
 * try (Harness harness = Harness.builder().service(FakeDynamo.create()).build()) {
 *   DynamoDbClient client = DynamoDbClient.builder()
 *       .endpointOverride(harness.endpoint())
 *       .region(Region.of(harness.region()))
 *       .credentialsProvider(AnonymousCredentialsProvider.create())
 *       .build();
 * }
 * }</pre>
 *
 * <p>The fake recognises its requests by {@code X-Amz-Target: DynamoDB_20120810.<Operation>}, so it
 * answers whatever host the client addressed. Items live in memory; Scan returns partitions in an
 * order derived from a hash of the partition key, as DynamoDB does, not in insertion order. An
 * instance belongs to one harness. Instances are safe for concurrent use: single-item writes are
 * atomic and linearizable, transactions all-or-nothing and isolated.
 *
 * @since 0.1.0
 */
public final class FakeDynamo implements AwsService {
  private final Duration tableTransitions;
  private volatile Attached attached;

  private record Attached(ServiceState state, DynamoProtocol protocol) {}

  private FakeDynamo(Builder builder) {
    this.tableTransitions = builder.tableTransitions;
  }

  /**
   * A fake with the default configuration.
   *
   * @return a new fake, not yet attached to a harness
   */
  public static FakeDynamo create() {
    return builder().build();
  }

  /**
   * A builder for a fake.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this fake's configuration, for a new fake that behaves the same.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().tableTransitions(tableTransitions);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code dynamodb}
   */
  @Override
  public String name() {
    return "dynamodb";
  }

  /**
   * Binds the fake to a harness: its clock, region, account and ids.
   *
   * @param context the harness
   * @throws IllegalStateException when the fake already belongs to a harness; create one fake per
   *     harness
   */
  @Override
  public synchronized void attach(HarnessContext context) {
    if (attached != null) {
      throw new IllegalStateException(
          "This FakeDynamo already belongs to a harness; give each harness its own"
              + " FakeDynamo.create()");
    }
    ServiceState state = new ServiceState(context, MemoryItemStore::new);
    state.simulateTransitions(tableTransitions);
    DynamoProtocol protocol = new DynamoProtocol(OperationTable.of(state), context::newId);
    attached = new Attached(state, protocol);
  }

  /**
   * Whether the request is a DynamoDB request ({@code X-Amz-Target: DynamoDB_20120810.*}).
   *
   * @param request the request
   * @return true for DynamoDB requests
   */
  @Override
  public boolean handles(ServiceRequest request) {
    return DynamoProtocol.isDynamoRequest(request);
  }

  /**
   * Answers one DynamoDB request. Operations that Hangar does not implement yet answer with a
   * {@code ValidationException} naming the operation.
   *
   * @param request the request
   * @return the response
   * @throws IllegalStateException when the fake was never added to a harness
   */
  @Override
  public ServiceResponse handle(ServiceRequest request) {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    return current.protocol().handle(request);
  }

  /**
   * Checks the invariant of secondary indexes on every table: each index holds exactly the
   * projection of the table's items that have the index's key, and nothing else (<i>Amazon
   * DynamoDB Developer Guide</i>, "Improving data access with secondary indexes"). Call it from a
   * test after any sequence of writes, when no write is in flight.
   *
   * @return one line per difference found; empty when every index is consistent
   * @throws IllegalStateException when the fake was never added to a harness
   */
  public List<String> indexViolations() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    List<String> violations = new ArrayList<>();
    for (Table table : current.state().catalog().all()) {
      for (String violation : IndexInvariant.violations(table)) {
        violations.add(table.name() + "." + violation);
      }
    }
    return violations;
  }

  /**
   * Removes every table and item: the state of a new fake, at the cost of clearing maps.
   */
  public void reset() {
    Attached current = attached;
    if (current != null) {
      current.state().reset();
    }
  }

  @Override
  public String toString() {
    return "FakeDynamo";
  }

  /**
   * Configures a {@link FakeDynamo}. The configuration is immutable once built.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Duration tableTransitions = Duration.ZERO;

    private Builder() {}

    /**
     * Makes table changes take time on the harness clock, as they do on DynamoDB: after
     * CreateTable the table is {@code CREATING} (requests for its items fail with {@code
     * ResourceNotFoundException}), after UpdateTable {@code UPDATING} (a new global secondary index
     * {@code CREATING}, {@code Backfilling}), after DeleteTable {@code DELETING}, each until the
     * harness clock has advanced by {@code duration}; meanwhile another CreateTable, UpdateTable
     * or DeleteTable of the table fails with {@code ResourceInUseException}. See "DescribeTable"
     * ({@code TableStatus}, {@code IndexStatus}) in the <i>Amazon DynamoDB API Reference</i>.
     *
     * <p>The default, {@link Duration#ZERO}, makes every change immediate. Advance the harness
     * clock in the test to complete a change; the SDK's waiters poll in real time and do not
     * advance it.
     *
     * @param duration how long each change takes; zero or positive
     * @return this builder
     * @throws IllegalArgumentException when {@code duration} is negative
     */
    public Builder tableTransitions(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException(
            "FakeDynamo.Builder.tableTransitions must be zero or positive, was " + duration);
      }
      this.tableTransitions = duration;
      return this;
    }

    /**
     * A new fake with this configuration.
     *
     * @return the fake
     */
    public FakeDynamo build() {
      return new FakeDynamo(this);
    }
  }
}
