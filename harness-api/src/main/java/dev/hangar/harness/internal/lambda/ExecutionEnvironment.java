package dev.hangar.harness.internal.lambda;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One warm container of a function: its own thread (so thread-local state survives between
 * invocations, as in a Lambda execution environment), its handler instance once initialised, its
 * log stream and its environment variables.
 */
final class ExecutionEnvironment {
  final int id;
  final String logStreamName;
  final Map<String, String> variables;
  final ClassLoader classLoader;
  private final ExecutorService thread;
  private final AtomicReference<Thread> runner = new AtomicReference<>();
  StreamHandler handler;
  long initNanos;
  boolean dead;

  ExecutionEnvironment(
      int id, String functionName, String logStreamName, Map<String, String> variables,
      ClassLoader classLoader, Runnable threadSetup) {
    this.id = id;
    this.logStreamName = logStreamName;
    this.variables = variables;
    this.classLoader = classLoader;
    this.thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Runnable setUpThenRun =
                  () -> {
                    threadSetup.run();
                    task.run();
                  };
              Thread t = new Thread(setUpThenRun, "lambda-" + functionName + "-" + id);
              t.setDaemon(true);
              t.setContextClassLoader(classLoader);
              runner.set(t);
              return t;
            });
  }

  ExecutorService executor() {
    return thread;
  }

  boolean initialised() {
    return handler != null;
  }

  /**
   * Stops the environment and marks its thread abandoned, so that whatever it still runs cannot
   * reach the harness. The caller has already interrupted a running task (one interrupt, as a
   * handler that catches it and carries on must not be interrupted again behind its back).
   */
  void kill(String description) {
    dead = true;
    Thread t = runner.get();
    if (t != null) {
      AbandonedInvocations.abandon(t, description);
    }
    thread.shutdown();
  }

  void shutdown() {
    dead = true;
    thread.shutdown();
  }
}
