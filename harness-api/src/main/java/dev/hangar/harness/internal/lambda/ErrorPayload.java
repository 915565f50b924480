package dev.hangar.harness.internal.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The error payloads the Java runtime posts for a failed invocation: for a thrown exception {@code
 * errorMessage} (the localized message, or the class name when there is none), {@code errorType},
 * {@code stackTrace} and the {@code cause} chain; for a loader fault only the message and, when the
 * runtime has one, the type.
 */
final class ErrorPayload {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String RUNTIME_PACKAGE = "dev.hangar.harness.internal.lambda.";

  private ErrorPayload() {}

  static String ofThrowable(Throwable t) {
    return write(g -> writeThrowable(g, t, new HashSet<>()));
  }

  static String ofFault(String message, String type) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("errorMessage", message);
          if (type != null) {
            g.writeStringField("errorType", type);
          }
          g.writeEndObject();
        });
  }

  static String message(Throwable t) {
    String message = t.getLocalizedMessage();
    return message == null ? t.getClass().getName() : message;
  }

  /**
   * Cuts each stack trace at the first frame of this runtime, as the real runtime removes its own
   * frames, so the trace ends at the handler method (or the reflection that called it).
   */
  static <T extends Throwable> T filterStackTrace(T t) {
    filter(t, new HashSet<>());
    return t;
  }

  private static void filter(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    StackTraceElement[] trace = t.getStackTrace();
    for (int i = 0; i < trace.length; i++) {
      if (trace[i].getClassName().startsWith(RUNTIME_PACKAGE)) {
        StackTraceElement[] cut = new StackTraceElement[i];
        System.arraycopy(trace, 0, cut, 0, i);
        t.setStackTrace(cut);
        break;
      }
    }
    filter(t.getCause(), seen);
    for (Throwable suppressed : t.getSuppressed()) {
      filter(suppressed, seen);
    }
  }

  private static void writeThrowable(JsonGenerator g, Throwable t, Set<Throwable> seen)
      throws IOException {
    seen.add(t);
    g.writeStartObject();
    g.writeStringField("errorMessage", message(t));
    g.writeStringField("errorType", t.getClass().getName());
    g.writeArrayFieldStart("stackTrace");
    for (StackTraceElement element : t.getStackTrace()) {
      g.writeString(element.toString());
    }
    g.writeEndArray();
    Throwable cause = t.getCause();
    if (cause != null && !seen.contains(cause)) {
      g.writeFieldName("cause");
      writeThrowable(g, cause, seen);
    }
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
