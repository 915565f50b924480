package dev.hangar.junit.internal.template;

/**
 * A template Hangar cannot load: a missing file, a syntax error, an unsupported resource type,
 * property, event or intrinsic function, or a value CloudFormation would reject. The message names
 * the file and line and says how to fix it.
 */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TemplateException(String message) {
    super(message);
  }

  TemplateException(Location where, String message) {
    super(where + ": " + message);
  }

  TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
