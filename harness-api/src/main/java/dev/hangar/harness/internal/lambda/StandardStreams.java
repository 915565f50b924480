package dev.hangar.harness.internal.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what a handler prints to {@code System.out} and {@code System.err} into its invocation's
 * log, line by line, as Lambda sends a function's standard streams to CloudWatch Logs. The output
 * still reaches the original streams too, so it shows in the test run's console. Threads that are
 * not running a handler are not affected.
 */
final class StandardStreams {
  private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();

  private StandardStreams() {}

  /**
   * The log lines of the current thread's invocation, with the partial line not yet ended. One per
   * thread, reused from one invocation to the next (an execution environment's thread runs many).
   */
  private static final class Capture implements AutoCloseableScope {
    InvocationLog log;
    final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    void write(int b) {
      if (b == '\n') {
        flush();
      } else {
        line.write(b);
      }
    }

    void flush() {
      if (line.size() > 0) {
        log.log(line.toString(StandardCharsets.UTF_8));
        line.reset();
      }
    }

    @Override
    public void close() {
      flush();
      log = null;
    }
  }

  /** An output stream that copies the current thread's handler output into its log. */
  private static final class Router extends OutputStream {
    private final PrintStream original;

    Router(PrintStream original) {
      this.original = original;
    }

    @Override
    public void write(int b) {
      Capture capture = CURRENT.get();
      if (capture != null && capture.log != null) {
        capture.write(b);
      }
      original.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      Capture capture = CURRENT.get();
      if (capture != null && capture.log != null) {
        for (int i = offset; i < offset + length; i++) {
          capture.write(bytes[i]);
        }
      }
      original.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      original.flush();
    }
  }

  private static boolean routed(PrintStream stream) {
    return stream instanceof RoutedPrintStream;
  }

  /** Marks a print stream Hangar installed, so it is not wrapped twice. */
  private static final class RoutedPrintStream extends PrintStream {
    RoutedPrintStream(PrintStream original) {
      super(new Router(original), true, StandardCharsets.UTF_8);
    }
  }

  private static void install() {
    if (routed(System.out) && routed(System.err)) {
      return;
    }
    synchronized (StandardStreams.class) {
      routeBoth();
    }
  }

  private static void routeBoth() {
    if (!routed(System.out)) {
      System.setOut(new RoutedPrintStream(System.out));
    }
    if (!routed(System.err)) {
      System.setErr(new RoutedPrintStream(System.err));
    }
  }

  /** Routes the current thread's standard output into a log until the scope closes. */
  static AutoCloseableScope capture(InvocationLog log) {
    install();
    Capture capture = CURRENT.get();
    if (capture == null) {
      capture = new Capture();
      CURRENT.set(capture);
    }
    capture.log = log;
    return capture;
  }

  /** Ends a capture; never throws. */
  @FunctionalInterface
  interface AutoCloseableScope extends AutoCloseable {
    @Override
    void close();
  }
}
