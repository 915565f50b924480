package dev.hangar.harness.internal.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The class loader of one isolated execution environment: classes that come from the same class
 * path entry as the handler are defined again here (so their static state and static initialisers
 * are per environment, as in separate Lambda containers); everything else, the Lambda and AWS
 * libraries included, is shared with the parent.
 */
final class EnvironmentClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final String root;

  private EnvironmentClassLoader(ClassLoader parent, String root) {
    super("hangar-lambda-environment", parent);
    this.root = root;
  }

  /** A loader isolating the class path entry of the handler class, or the parent when unknown. */
  static ClassLoader forHandler(ClassLoader parent, String className) {
    String path = className.replace('.', '/') + ".class";
    URL url = parent.getResource(path);
    if (url == null) {
      return parent;
    }
    String location = url.toString();
    return new EnvironmentClassLoader(parent, location.substring(0, location.length() - path.length()));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        String path = name.replace('.', '/') + ".class";
        URL url = name.startsWith("java.") ? null : getParent().getResource(path);
        if (url != null && url.toString().startsWith(root)) {
          loaded = define(name, url);
        } else {
          loaded = getParent().loadClass(name);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private Class<?> define(String name, URL url) {
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + url + " for " + name, e);
    }
  }
}
