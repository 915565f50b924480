package dev.hangar.dynamo.internal.stream;

import java.util.List;

/**
 * A table's latest stream as a snapshot saw it: the stream, its state and its records then.
 * Immutable, so a snapshot restores it any number of times.
 */
public final class StreamCapture {
  /** A table that had no stream when the snapshot was taken. */
  public static final StreamCapture NONE = new StreamCapture(null, null, List.of());

  private final TableStream stream;
  private final StreamCodec.State state;
  private final List<ChangeRecord> records;

  StreamCapture(TableStream stream, StreamCodec.State state, List<ChangeRecord> records) {
    this.stream = stream;
    this.state = state;
    this.records = List.copyOf(records);
  }

  TableStream stream() {
    return stream;
  }

  StreamCodec.State state() {
    return state;
  }

  List<ChangeRecord> records() {
    return records;
  }

  /** The last position the stream had used then: its newest record, or its shard's start. */
  long lastPosition() {
    return records.isEmpty() ? state.start() : records.get(records.size() - 1).position();
  }
}
