package dev.hangar.harness.internal.eventsource;

/** A filter pattern Lambda would refuse; the caller turns it into Lambda's error. */
final class InvalidFilterPatternException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidFilterPatternException() {
    super("Invalid filter pattern definition.");
  }
}
