package dev.hangar.junit.internal;

import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.HangarTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds the {@code @HangarTest} that applies to a context: on its class (or a superclass), else on
 * the class enclosing a {@code @Nested} class; and the class context it belongs to.
 */
final class ConfigurationFinder {
  private ConfigurationFinder() {}

  /** The class context that owns the applicable {@code @HangarTest}, or empty when none applies. */
  static Optional<ExtensionContext> owner(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestClass().isEmpty()) {
        return Optional.empty();
      }
      if (c.getTestMethod().isPresent()) {
        continue;
      }
      Class<?> type = c.getRequiredTestClass();
      if (AnnotationSupport.findAnnotation(type, HangarTest.class).isPresent()) {
        return Optional.of(c);
      }
      if (!AnnotationSupport.isAnnotated(type, Nested.class)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The settings of {@code @HangarTest} for a class context (defaults when not annotated). */
  static Settings declared(ExtensionContext owner) {
    Class<?> type = owner.getRequiredTestClass();
    rejectBuilderFields(type);
    Optional<HangarTest> found = AnnotationSupport.findAnnotation(type, HangarTest.class);
    String origin = "@HangarTest on " + type.getName();
    if (found.isEmpty()) {
      origin = "@ExtendWith(HangarExtension.class) on " + type.getName();
    }
    HangarTest a = found.orElse(Defaults.class.getAnnotation(HangarTest.class));
    return new Settings(
        "",
        a.template(),
        Settings.parameters(a.parameters(), origin),
        a.lifecycle(),
        a.region(),
        a.accountId(),
        a.stackName(),
        Settings.clockStart(a.clock(), origin),
        a.seed(),
        type,
        type,
        origin,
        java.util.List.of(),
        JwksFiles.read(a.jwks(), type.getClassLoader(), origin),
        a.streamDelivery());
  }

  private static void rejectBuilderFields(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (HangarExtension.class.isAssignableFrom(field.getType())
            && field.isAnnotationPresent(RegisterExtension.class)) {
          throw new ExtensionConfigurationException(
              type.getName()
                  + " uses both @HangarTest and the @RegisterExtension field "
                  + (Modifier.isStatic(field.getModifiers()) ? "static " : "")
                  + c.getSimpleName()
                  + "."
                  + field.getName()
                  + "; use one: remove @HangarTest and configure everything on the builder, or"
                  + " remove the field");
        }
      }
    }
  }

  /** Carries the annotation's defaults. */
  @HangarTest
  private static final class Defaults {}
}
