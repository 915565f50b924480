package dev.hangar.harness.internal.loopback;

/**
 * Settings for the JDK's HTTP server that Hangar's loopback endpoints need.
 *
 * <p>Without {@code TCP_NODELAY}, a small response from the JDK's server waits for the client's
 * delayed acknowledgement, about 40 ms per request on Linux. The JDK reads the switch from a
 * system property once, when its first server starts, so it is set here before Hangar starts one,
 * unless the user has chosen a value.
 */
public final class ServerSockets {
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private ServerSockets() {}

  /** Turns on {@code TCP_NODELAY} for the JDK's HTTP server, unless already decided. */
  public static void preferNoDelay() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }
}
