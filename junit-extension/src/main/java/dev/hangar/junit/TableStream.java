package dev.hangar.junit;

import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.dynamo.StreamReader;
import java.util.List;

/**
 * The stream of a {@link DynamoTable} (its latest stream, as {@code LatestStreamArn} names it),
 * read through the DynamoDB Streams API from its oldest record, as a consumer starting at {@code
 * TRIM_HORIZON} reads it. Get one from {@link DynamoTable#stream()} and assert on it with {@link
 * HangarAssertions#assertThat(TableStream)}.
 *
 * <p>Reading does not consume: every call of {@link #records()} reads the whole stream again, so
 * it sees what a new consumer would see, whatever the table's Lambda triggers have read.
 *
 * @since 0.1.0
 */
public final class TableStream {
  private final Harness harness;
  private final String table;

  TableStream(Harness harness, String table) {
    this.harness = harness;
    this.table = table;
  }

  /**
   * The physical name of the table the stream belongs to.
   *
   * @return the name, never null
   */
  public String tableName() {
    return table;
  }

  /**
   * Every record of the stream, oldest first (DescribeTable, DescribeStream, GetShardIterator,
   * GetRecords until a shard's end).
   *
   * @return the records, never null
   * @throws IllegalStateException when the table has no stream enabled (the message says how to
   *     enable one), or with DynamoDB's message when a call fails
   */
  public List<StreamRecord> records() {
    return StreamReader.read(harness, table).stream().map(StreamRecord::new).toList();
  }

  @Override
  public String toString() {
    return "TableStream[" + table + "]";
  }
}
