package dev.hangar.dynamo.internal.store;

import java.util.Objects;

/**
 * A table's latest stream as an engine keeps it: its state (ARN, label, view type, shard,
 * positions), encoded by the stream package, and the log of its records.
 *
 * @param state the encoded state
 * @param log the records
 */
public record StoredStream(byte[] state, StreamLog log) {
  /** Checks for null. */
  public StoredStream {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(log, "log");
  }
}
