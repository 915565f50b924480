package dev.hangar.harness.internal.lambda;

import java.util.Map;

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
  private final EnvironmentThread thread;
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
    this.thread = new EnvironmentThread("lambda-" + functionName + "-" + id, classLoader, threadSetup);
  }

  EnvironmentThread thread() {
    return thread;
  }

  boolean initialised() {
    return handler != null;
  }

  /**
   * Stops the environment and marks its thread abandoned, so that whatever it still runs cannot
   * reach the harness. A running task is interrupted once (a handler that catches the interrupt and
   * carries on must not be interrupted again behind its back); one not yet started never starts.
   */
  void kill(String description) {
    dead = true;
    AbandonedInvocations.abandon(thread.thread(), description);
    thread.interruptAndStop();
  }

  void shutdown() {
    dead = true;
    thread.stop();
  }
}
