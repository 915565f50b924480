package dev.hangar.junit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The Hangar extensions registered on a test class by name, so that two with the same name fail
 * at once and a qualifier naming none of them gets a message listing the names there are.
 */
final class ExtensionNames {
  private static final Namespace NAMESPACE = Namespace.create(ExtensionNames.class);

  private final Map<String, Engine> engines = new LinkedHashMap<>();

  private ExtensionNames() {}

  static ExtensionNames of(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("names", k -> new ExtensionNames(), ExtensionNames.class);
  }

  static void register(ExtensionContext context, Engine engine) {
    of(context).add(engine, context);
  }

  private synchronized void add(Engine engine, ExtensionContext context) {
    Engine existing = engines.putIfAbsent(engine.name(), engine);
    if (existing != null && existing != engine) {
      String shown = engine.name().isEmpty() ? "the default (unnamed)" : "'" + engine.name() + "'";
      throw new ExtensionConfigurationException(
          context.getRequiredTestClass().getName()
              + " registers two Hangar extensions named "
              + shown
              + "; give each its own name with HangarExtension.builder().name(...) and choose one"
              + " with @Hangar(\"name\") where you inject");
    }
  }

  synchronized boolean has(String name) {
    return engines.containsKey(name);
  }

  synchronized boolean isFirst(Engine engine) {
    return !engines.isEmpty() && engines.values().iterator().next() == engine;
  }

  synchronized String names() {
    StringBuilder out = new StringBuilder();
    for (String name : engines.keySet()) {
      out.append(out.length() == 0 ? "" : ", ").append(name.isEmpty() ? "(default)" : name);
    }
    return out.toString();
  }
}
