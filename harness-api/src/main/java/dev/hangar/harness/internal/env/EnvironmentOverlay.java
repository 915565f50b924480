package dev.hangar.harness.internal.env;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes {@code System.getenv} answer per thread: a thread that has entered a function's environment
 * sees that environment, every other thread sees the process environment unchanged.
 *
 * <p>{@code System.getenv()} returns the JDK's unmodifiable view of the process environment, and
 * on Unix {@code System.getenv(name)} reads through the same view. The view's backing map is
 * replaced once by {@link ThreadAwareEnvironment}. With {@code --add-opens
 * java.base/java.util=ALL-UNNAMED} that is plain reflection; without the flag {@code
 * sun.misc.Unsafe} does it (the JDK prints a deprecation warning on Java 23 and later); if neither
 * works, {@link #install()} fails with a message naming the flag and where to put it.
 */
public final class EnvironmentOverlay {
  /** The JVM flag that lets the overlay install without warnings. */
  public static final String FLAG = "--add-opens java.base/java.util=ALL-UNNAMED";

  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();
  private static volatile ThreadAwareEnvironment installed;

  private EnvironmentOverlay() {}

  /**
   * Installs the overlay into {@code System.getenv()} if not done yet.
   *
   * @throws IllegalStateException when the JDK refuses, with the flag that fixes it
   */
  public static void install() {
    if (installed != null) {
      return;
    }
    synchronized (EnvironmentOverlay.class) {
      if (installed == null) {
        installed = replaceBackingMap(System.getenv());
      }
    }
  }

  /**
   * The process environment as it was before the overlay, whatever the current thread entered.
   *
   * @return the process environment, never null
   */
  public static Map<String, String> processEnvironment() {
    ThreadAwareEnvironment overlay = installed;
    return overlay == null ? System.getenv() : overlay.process;
  }

  /**
   * Makes the current thread see an environment until the returned scope closes.
   *
   * @param environment the complete environment the thread should see
   * @return a scope that restores what the thread saw before
   */
  public static Scope enter(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    install();
    Map<String, String> previous = CURRENT.get();
    CURRENT.set(environment);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /**
   * Replaces the backing map of an unmodifiable map view with a thread-aware one that falls back to
   * the previous backing map. Package-private so a test can exercise it on a map of its own.
   */
  static ThreadAwareEnvironment replaceBackingMap(Map<String, String> view) {
    Field field;
    try {
      field = view.getClass().getDeclaredField("m");
    } catch (NoSuchFieldException e) {
      throw unsupported(view, e);
    }
    try {
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, String> process = (Map<String, String>) field.get(view);
      ThreadAwareEnvironment overlay = new ThreadAwareEnvironment(process);
      field.set(view, overlay);
      return overlay;
    } catch (InaccessibleObjectException | IllegalAccessException e) {
      return replaceWithUnsafe(view, field, e);
    }
  }

  /** The flag-free fallback: {@code sun.misc.Unsafe}, reached reflectively (module jdk.unsupported). */
  static ThreadAwareEnvironment replaceWithUnsafe(
      Map<String, String> view, Field field, Exception reflectionFailure) {
    try {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      Object unsafe = theUnsafe.get(null);
      Method offsetOf = unsafeClass.getMethod("objectFieldOffset", Field.class);
      Method getObject = unsafeClass.getMethod("getObject", Object.class, long.class);
      Method putObject = unsafeClass.getMethod("putObject", Object.class, long.class, Object.class);
      long offset = (long) offsetOf.invoke(unsafe, field);
      @SuppressWarnings("unchecked")
      Map<String, String> process = (Map<String, String>) getObject.invoke(unsafe, view, offset);
      ThreadAwareEnvironment overlay = new ThreadAwareEnvironment(process);
      putObject.invoke(unsafe, view, offset, overlay);
      return overlay;
    } catch (ReflectiveOperationException | RuntimeException e) {
      IllegalStateException failure = unsupported(view, e);
      failure.addSuppressed(reflectionFailure);
      throw failure;
    }
  }

  private static IllegalStateException unsupported(Map<String, String> view, Exception cause) {
    return new IllegalStateException(
        "Hangar cannot give Lambda functions their environment variables in System.getenv on this"
            + " JVM ("
            + System.getProperty("java.version")
            + ", environment map "
            + view.getClass().getName()
            + "). Add the JVM flag '"
            + FLAG
            + "': for Maven, in the maven-surefire-plugin <argLine>; for Gradle, in"
            + " test { jvmArgs '--add-opens', 'java.base/java.util=ALL-UNNAMED' }; in an IDE, in the"
            + " run configuration's VM options.",
        cause);
  }

  /** Closes an entered environment; never throws. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** The backing map that answers with the current thread's environment when it has one. */
  static final class ThreadAwareEnvironment extends AbstractMap<String, String> {
    final Map<String, String> process;

    ThreadAwareEnvironment(Map<String, String> process) {
      this.process = process;
    }

    private Map<String, String> current() {
      Map<String, String> entered = CURRENT.get();
      return entered != null ? entered : process;
    }

    @Override
    public String get(Object key) {
      return current().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return current().containsKey(key);
    }

    @Override
    public int size() {
      return current().size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return current().entrySet();
    }
  }
}
