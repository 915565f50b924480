package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The log of one invocation, as {@code Context.getLogger()} writes to it. Once the invocation is
 * over (or abandoned after a timeout) further lines are dropped, as a frozen Lambda environment
 * writes nothing.
 */
final class InvocationLog implements LambdaLogger {
  private static final int TAIL_BYTES = 4096;

  private final List<String> lines = new ArrayList<>();
  private boolean closed;

  @Override
  public void log(String message) {
    if (message == null) {
      message = "null";
    }
    String line = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
    synchronized (this) {
      if (!closed) {
        lines.add(line);
      }
    }
  }

  @Override
  public void log(byte[] message) {
    log(new String(message, StandardCharsets.UTF_8));
  }

  /** Adds a line written by the runtime itself, even after {@link #close()}. */
  synchronized void runtime(String line) {
    lines.add(line);
  }

  synchronized void close() {
    closed = true;
  }

  /** The lines so far, as an unmodifiable copy. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The last 4 KB of the log text, as {@code LogType=Tail} returns it. */
  synchronized String tail() {
    StringJoiner joined = new StringJoiner("\n", "", "\n");
    for (String line : lines) {
      joined.add(line);
    }
    String text = joined.toString();
    if (text.length() <= TAIL_BYTES / 3) {
      // UTF-8 takes at most three bytes per char, so no need to encode to find out.
      return text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= TAIL_BYTES) {
      return text;
    }
    return new String(bytes, bytes.length - TAIL_BYTES, TAIL_BYTES, StandardCharsets.UTF_8);
  }
}
