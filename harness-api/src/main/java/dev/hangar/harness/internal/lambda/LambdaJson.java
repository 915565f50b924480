package dev.hangar.harness.internal.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads and writes objects exactly as the Java runtime serialises events and results. */
public final class LambdaJson {
  private static final Map<ClassLoader, EventSerializers> SERIALIZERS = new ConcurrentHashMap<>();

  private LambdaJson() {}

  /**
   * Reads JSON as the runtime would deliver it to a handler taking {@code type}.
   *
   * @param json the JSON text
   * @param type the class
   * @param <T> the type
   * @return the object
   */
  public static <T> T read(String json, Class<T> type) {
    return type.cast(
        forClass(type)
            .forType(type)
            .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * Writes an object as the runtime would write a handler's result of its class.
   *
   * @param value the object, not null
   * @return the JSON text
   */
  public static String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    forClass(value.getClass()).forType(value.getClass()).toJson(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static EventSerializers forClass(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      loader = ClassLoader.getSystemClassLoader();
    }
    return SERIALIZERS.computeIfAbsent(loader, EventSerializers::new);
  }
}
