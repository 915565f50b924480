package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Selects Hangar's HTTP client for the AWS SDK when the JUnit Platform starts a session, before any
 * test (or class initialiser) can build an SDK client: the SDK makes that choice once per JVM.
 * Hosts that belong to no harness still reach the real HTTP client. Registered through {@code
 * META-INF/services}.
 */
public final class TransportSelection implements LauncherSessionListener {
  /** Called by the JUnit Platform through the service loader. */
  public TransportSelection() {}

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    // Also with hangar.target=aws: handlers' clients reach the harness, which forwards DynamoDB
    // requests to the real endpoint; hosts of no harness pass through to the real HTTP client.
    Harness.selectTransport();
  }
}
