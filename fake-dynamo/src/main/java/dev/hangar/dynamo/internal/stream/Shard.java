package dev.hangar.dynamo.internal.stream;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One shard of a stream: its records in sequence order, trimmed after the 24-hour retention of
 * DynamoDB Streams on the harness clock, and closed when the stream is disabled ("Change data
 * capture for DynamoDB Streams": "DynamoDB Streams ... stores this information in a log for up to
 * 24 hours").
 *
 * <p>Appends and reads synchronise on the shard; an append takes its sequence number inside that
 * lock, so the records of a shard are always in sequence order.
 */
public final class Shard {
  /** How long DynamoDB Streams keeps a record. */
  public static final Duration RETENTION = Duration.ofHours(24);

  private final String id;
  private final long start;
  private final List<ChangeRecord> records = new ArrayList<>();
  private long trimmedBelow;
  private long end = -1;

  Shard(String id, long start) {
    this.id = id;
    this.start = start;
    this.trimmedBelow = start;
  }

  /** A shard as it was: for a reopened data directory or a restored snapshot. */
  Shard(String id, long start, long end, long trimmedBelow, List<ChangeRecord> records) {
    this.id = id;
    this.start = start;
    this.end = end;
    this.trimmedBelow = trimmedBelow;
    this.records.addAll(records);
  }

  /** The position below which records were trimmed, without trimming anything now. */
  synchronized long trimmedBelow() {
    return trimmedBelow;
  }

  /** A copy of the records held now, oldest first; records are immutable. */
  synchronized List<ChangeRecord> records() {
    return List.copyOf(records);
  }

  /**
   * Puts the shard back as it was at a snapshot: its records then, open or closed as it was then.
   * Positions handed out since are not reused, so a reader's position stays meaningful.
   */
  synchronized void rollBack(long endThen, long trimmedBelowThen, List<ChangeRecord> recordsThen) {
    records.clear();
    records.addAll(recordsThen);
    end = endThen;
    trimmedBelow = trimmedBelowThen;
  }

  /**
   * The shard's id, {@code shardId-} and 20 digits, a dash and 8 hex digits.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The position of the shard's {@code StartingSequenceNumber}.
   *
   * @return the position
   */
  public long start() {
    return start;
  }

  /**
   * The position of the shard's {@code EndingSequenceNumber}.
   *
   * @return the position, or -1 while the shard is open
   */
  public synchronized long end() {
    return end;
  }

  /** Appends a record made with the next sequence position. */
  synchronized ChangeRecord append(LongSupplier positions, RecordFactory factory) {
    ChangeRecord record = factory.make(positions.getAsLong());
    records.add(record);
    return record;
  }

  /** Makes a record once its position is known. */
  @FunctionalInterface
  interface RecordFactory {
    ChangeRecord make(long position);
  }

  /** Closes the shard: it takes no more records; an empty shard ends where it starts. */
  synchronized void close() {
    if (end < 0) {
      end = records.isEmpty() ? start : records.get(records.size() - 1).position();
    }
  }

  /**
   * The oldest position a reader may still start at, after trimming what retention removed.
   *
   * @param now the harness clock's time
   * @return the trim horizon's position
   */
  public synchronized long trimHorizon(Instant now) {
    trim(now);
    return trimmedBelow;
  }

  /**
   * Records from a position on.
   *
   * @param from the first position wanted
   * @param limit the most records
   * @param maxBytes the most bytes, counted as {@code SizeBytes}; at least one record is returned
   * @param now the harness clock's time
   * @return the records, oldest first
   * @throws DynamoException {@code TrimmedDataAccessException} when records at or after {@code
   *     from} were trimmed
   */
  public synchronized List<ChangeRecord> read(long from, int limit, long maxBytes, Instant now) {
    trim(now);
    if (from < trimmedBelow) {
      throw StreamErrors.trimmed();
    }
    List<ChangeRecord> found = new ArrayList<>();
    long bytes = 0;
    for (int i = firstAtOrAfter(from); i < records.size() && found.size() < limit; i++) {
      ChangeRecord record = records.get(i);
      bytes += record.sizeBytes();
      if (!found.isEmpty() && bytes > maxBytes) {
        break;
      }
      found.add(record);
    }
    return found;
  }

  /**
   * The newest record's position.
   *
   * @return the position, or -1 when the shard holds no record
   */
  public synchronized long newest() {
    return records.isEmpty() ? -1 : records.get(records.size() - 1).position();
  }

  private int firstAtOrAfter(long from) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (records.get(middle).position() < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private void trim(Instant now) {
    Instant oldestKept = now.minus(RETENTION);
    int drop = 0;
    while (drop < records.size() && records.get(drop).created().isBefore(oldestKept)) {
      drop++;
    }
    if (drop > 0) {
      trimmedBelow = records.get(drop - 1).position() + 1;
      records.subList(0, drop).clear();
    }
  }

}
