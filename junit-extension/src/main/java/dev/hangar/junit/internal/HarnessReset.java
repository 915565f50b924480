package dev.hangar.junit.internal;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.junit.internal.dynamo.TableProvisioner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Puts a class's shared harness back to what the class declared before each of its tests ({@code
 * HarnessLifecycle.PER_CLASS_WITH_RESET}), and lets one test at a time use it.
 *
 * <p>Tables are dropped and created again rather than emptied item by item: deleting items would
 * append REMOVE records to the tables' streams, and the stream triggers would run for them.
 */
final class HarnessReset {
  private static final String TURN = "reset-turn";
  private static final String FRESH = "fresh";

  private HarnessReset() {}

  /** Waits for the harness, then resets it unless it was just built for this test. */
  static void beforeTest(
      ExtensionContext test,
      HarnessResource resource,
      Settings settings,
      Class<?> ownerClass,
      Namespace namespace)
      throws InterruptedException {
    refuseDataDirectory(resource, settings);
    Semaphore turn =
        (Semaphore) resource.attachments().computeIfAbsent(TURN, k -> new Semaphore(1));
    turn.acquire();
    try {
      if (resource.attachments().putIfAbsent(FRESH, Boolean.FALSE) != null) {
        reset(resource, settings);
        Engine.seedClass(resource, ownerClass);
      }
    } catch (RuntimeException e) {
      turn.release();
      throw e;
    }
    test.getStore(namespace).put(TURN, turn);
  }

  /**
   * A reset drops every table: on a FakeDynamo that keeps its tables in a data directory (a fixture
   * seeded once and reopened), that would delete the fixture itself.
   */
  private static void refuseDataDirectory(HarnessResource resource, Settings settings) {
    FakeDynamo dynamo;
    try {
      dynamo = resource.harness().service(FakeDynamo.class);
    } catch (IllegalArgumentException noFakeDynamo) {
      return;
    }
    dynamo.dataDirectory().ifPresent(directory -> {
      throw new ExtensionConfigurationException(
          settings.origin()
              + " has lifecycle PER_CLASS_WITH_RESET, which drops and recreates every table before"
              + " each test, and its FakeDynamo keeps its tables in the data directory "
              + directory.toAbsolutePath()
              + ": the reset would delete them there; use PER_CLASS (the directory's tables as they"
              + " are) or PER_METHOD, or a FakeDynamo without a data directory");
    });
  }

  /** Gives the harness to the next test. */
  static void afterTest(ExtensionContext test, Namespace namespace) {
    Semaphore turn = test.getStore(namespace).remove(TURN, Semaphore.class);
    if (turn != null) {
      turn.release();
    }
  }

  private static void reset(HarnessResource resource, Settings settings) {
    var harness = resource.harness();
    // Normally done when the previous test ended; an invocation queued since (from a @AfterAll
    // of a nested class, say) must still not run against the tables about to be created.
    AsyncInvocationWait.await(harness, "The previous test of " + settings.origin());
    EventSources sources = harness.lambda().eventSources();
    for (String mapping : List.copyOf(sources.mappings().keySet())) {
      sources.delete(mapping);
    }
    if (Target.current() == Target.AWS) {
      // Only the tables this harness created: a real account holds tables Hangar must not touch.
      if (resource.template() != null) {
        TableProvisioner.dropTemplateTables(harness, resource.template(), true);
      }
    } else {
      TableProvisioner.dropAll(harness);
    }
    harness.lambda().clearRecords();
    sources.clearRecords();
    if (resource.template() != null) {
      Map<String, String> streams =
          TableProvisioner.provision(
              harness, resource.template(), settings.origin(), Target.current() == Target.AWS);
      StreamWiring.wire(
          harness, resource.template(), streams, settings.streamDelivery(), settings.origin());
    }
  }
}
