package dev.hangar.junit.internal.flight;

/**
 * What happened in the fakes during a failed test, attached to its failure as a suppressed
 * exception so that every IDE and build report shows it under the failure.
 */
public final class FlightRecord extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A record with the rendered events.
   *
   * @param harness the harness's description
   * @param events the rendered events
   */
  public FlightRecord(String harness, String events) {
    super("Hangar flight record of " + harness + ":" + events, null, false, false);
  }
}
