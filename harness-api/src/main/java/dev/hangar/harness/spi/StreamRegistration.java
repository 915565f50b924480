package dev.hangar.harness.spi;

/**
 * A {@link StreamRecordSource} registered with a harness. The source calls {@link
 * #recordsAppended()} after writing records, so that mappings delivering on append run; closing
 * the registration removes the source: its mappings then deliver nothing more (they stay, with
 * their checkpoints, and resume if a source with the same ARN is registered again).
 *
 * @since 0.1.0
 */
public interface StreamRegistration extends AutoCloseable {

  /**
   * Tells the harness that records were appended. Call it after the write is visible to {@link
   * StreamRecordSource#read} and after releasing your own locks: when the harness delivers on
   * append, the triggered functions run inside this call (on this thread, or on a thread already
   * delivering), and they may call back into your service. When the harness delivers on drain,
   * the call returns at once.
   */
  void recordsAppended();

  /** Removes the source from the harness; closing twice does nothing more. */
  @Override
  void close();
}
