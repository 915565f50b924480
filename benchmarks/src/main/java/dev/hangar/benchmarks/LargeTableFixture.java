package dev.hangar.benchmarks;

/**
 * Builds the data directory of {@link LargeTable} through the SDK, in a JVM of its own (started by
 * {@link LargeTable#dataDirectory} when the directory is missing); also runnable by hand to build
 * it ahead of a benchmark run.
 */
public final class LargeTableFixture {
  private LargeTableFixture() {}

  /**
   * Builds the directory, replacing any there was.
   *
   * @param args the number of items (default 1,000,000)
   */
  public static void main(String[] args) {
    LargeTable.build(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
  }
}
