package dev.hangar.dynamo;

import dev.hangar.dynamo.internal.operation.OperationTable;
import dev.hangar.dynamo.internal.operation.ServiceState;
import dev.hangar.dynamo.internal.store.StorageEngines;
import dev.hangar.dynamo.internal.wire.DynamoProtocol;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.file.Path;

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
 * answers whatever host the client addressed. Items live in memory unless the builder names a
 * {@linkplain Builder#dataDirectory(Path) data directory}; Scan returns partitions in an
 * order derived from a hash of the partition key, as DynamoDB does, not in insertion order. An
 * instance belongs to one harness. Instances are safe for concurrent use: single-item writes are
 * atomic and linearizable, transactions all-or-nothing and isolated.
 *
 * @since 0.1.0
 */
public final class FakeDynamo implements AwsService {
  private final Path dataDirectory;
  private volatile Attached attached;

  private record Attached(ServiceState state, DynamoProtocol protocol) {}

  private FakeDynamo(Builder builder) {
    this.dataDirectory = builder.dataDirectory;
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
    return new Builder().dataDirectory(dataDirectory);
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
   * @throws IllegalStateException when the fake already belongs to a harness (create one fake per
   *     harness); with a data directory, when MapDB is not on the class path or the directory is
   *     locked by another fake, was written by an incompatible version or is damaged (the message
   *     names the directory)
   */
  @Override
  public synchronized void attach(HarnessContext context) {
    if (attached != null) {
      throw new IllegalStateException(
          "This FakeDynamo already belongs to a harness; give each harness its own"
              + " FakeDynamo.create()");
    }
    ServiceState state = new ServiceState(context, StorageEngines.open(dataDirectory));
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
   * Removes every table and item: the state of a new fake, at the cost of clearing maps.
   */
  public void reset() {
    Attached current = attached;
    if (current != null) {
      current.state().catalog().clear();
    }
  }

  /**
   * A consistent copy of every table and its items, taken while no write runs. Restoring it is a
   * copy of maps (in memory) or of files (with a data directory), far faster than writing the
   * items again.
   *
   * @return the snapshot; never null
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public DynamoSnapshot snapshot() {
    return new DynamoSnapshot(requireAttached().state().catalog().snapshot(null));
  }

  /**
   * A consistent copy of one table and its items.
   *
   * @param tableName the table's name
   * @return the snapshot; never null
   * @throws IllegalArgumentException when the fake has no table of that name
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public DynamoSnapshot snapshot(String tableName) {
    java.util.Objects.requireNonNull(tableName, "tableName");
    return new DynamoSnapshot(requireAttached().state().catalog().snapshot(tableName));
  }

  /**
   * Brings back a snapshot of this fake. A snapshot of the whole fake replaces every table: tables
   * created since are gone, deleted ones are back. A snapshot of one table replaces that table
   * (creating it again if it was deleted) and leaves the others. Call it between requests: a
   * request running meanwhile may act on the tables as they were.
   *
   * @param snapshot a snapshot taken of this fake
   * @throws IllegalArgumentException when the snapshot was taken of another fake
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public void restore(DynamoSnapshot snapshot) {
    java.util.Objects.requireNonNull(snapshot, "snapshot");
    requireAttached().state().catalog().restore(snapshot.stored());
  }

  /**
   * Closes the storage: with a data directory, commits, closes its files, deletes this fake's
   * snapshots and releases the directory's lock. The harness calls it when it closes.
   */
  @Override
  public void close() {
    Attached current = attached;
    if (current != null) {
      current.state().catalog().storage().close();
    }
  }

  private Attached requireAttached() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    return current;
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
    private Path dataDirectory;

    private Builder() {}

    /**
     * Keeps tables and items in a directory instead of memory, as DynamoDB Local's {@code -dbPath}
     * does: a fake opened on the same directory later finds every table and item again, and a
     * write acknowledged before a crash is never lost. The directory is created when absent and
     * locked while the fake is open. Needs {@code org.mapdb:mapdb:3.1.0} on the class path (an
     * optional dependency of Hangar).
     *
     * @param directory the data directory, or null for memory (the default)
     * @return this builder
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory;
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
