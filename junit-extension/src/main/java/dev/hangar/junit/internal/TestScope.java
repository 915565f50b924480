package dev.hangar.junit.internal;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.HostRoutes;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What one running test holds: the ambient SDK properties, its harness bound to its thread, and
 * where its part of the flight log starts (the harness records its requests itself).
 */
public final class TestScope implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final HarnessResource resource;
  private final AutoCloseable properties;
  private final AutoCloseable binding;
  private final int mark;
  private final int invocationMark;
  private final GatewayRecords gatewayRecords;
  private final Thread thread;
  private boolean closed;

  private TestScope(HarnessResource resource) {
    this.resource = resource;
    this.mark = resource.flightLog().mark();
    this.invocationMark = resource.harness().lambda().invocations().size();
    this.gatewayRecords = GatewayRecords.mark(resource.harness());
    this.thread = Thread.currentThread();
    Dispatcher dispatcher =
        HostRoutes.find(resource.harness().endpoint().getHost())
            .orElseThrow(() -> new IllegalStateException(resource.harness() + " is closed"));
    this.properties = AmbientProperties.acquire(resource.harness().region());
    this.binding = ThreadRouting.bind(dispatcher);
  }

  /** Starts a test on the calling thread. */
  static TestScope start(HarnessResource resource) {
    return new TestScope(resource);
  }

  /** The harness's events since the test started. */
  public String flightRecord() {
    return resource.flightLog().renderSince(mark, null)
        + gatewayRecords.render()
        + LambdaRecords.render(resource.harness().lambda().invocations(), invocationMark);
  }

  /** The harness's description. */
  public String harnessName() {
    return resource.harness().toString();
  }

  /** Ends the test: unbinds the harness (on the test's thread) and releases the properties. */
  @Override
  public synchronized void close() throws Exception {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() == thread) {
      binding.close();
    }
    properties.close();
  }
}
