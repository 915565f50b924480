package dev.hangar.dynamo.internal.store;

/**
 * Where an engine keeps one stream's records: positions to records in a form the stream package
 * encodes. A durable engine's log is written in the same unit as the item change a record
 * describes, so a crash never keeps one without the other; the in-memory engine's log keeps
 * nothing, because the stream's shard already holds the only copy that matters.
 */
public interface StreamLog {
  /** The log of the in-memory engine: nothing outlives the fake, so nothing is written. */
  StreamLog NONE = new StreamLog() {
    @Override
    public void append(long position, byte[] record) {}

    @Override
    public void dropBelow(long position) {}

    @Override
    public void dropAbove(long position) {}

    @Override
    public void forEach(RecordVisitor visitor) {}
  };

  /**
   * Keeps a record. The caller runs inside the unit that writes the item change.
   *
   * @param position the record's position, greater than every position in the log
   * @param record the encoded record
   */
  void append(long position, byte[] record);

  /**
   * Forgets the records before a position, which retention has trimmed.
   *
   * @param position the first position kept
   */
  void dropBelow(long position);

  /**
   * Forgets the records after a position, when a restored snapshot rolls the stream back.
   *
   * @param position the last position kept
   */
  void dropAbove(long position);

  /**
   * Visits the records in position order.
   *
   * @param visitor receives each record
   */
  void forEach(RecordVisitor visitor);

  /** Receives the records of a log. */
  @FunctionalInterface
  interface RecordVisitor {
    /**
     * One record.
     *
     * @param position its position
     * @param record its encoded form
     */
    void visit(long position, byte[] record);
  }
}
