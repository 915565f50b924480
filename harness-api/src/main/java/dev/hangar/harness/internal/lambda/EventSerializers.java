package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the serializer for a handler's input or output type the way the Java runtime does: a
 * {@code CustomPojoSerializer} registered in {@code META-INF/services} when the function's class
 * loader has one; otherwise the supported event classes with Lambda's mix-ins; otherwise Lambda's
 * lenient Jackson set-up.
 */
final class EventSerializers {
  private final ClassLoader loader;
  private final CustomPojoSerializer custom;
  private final Map<Type, Serializer> cache = new ConcurrentHashMap<>();

  EventSerializers(ClassLoader loader) {
    this.loader = loader;
    this.custom = findCustom(loader);
  }

  /** Reads and writes one type. */
  interface Serializer {
    Object fromJson(InputStream input);

    void toJson(Object value, OutputStream output);
  }

  Serializer forType(Type type) {
    return cache.computeIfAbsent(type, this::create);
  }

  private Serializer create(Type type) {
    if (custom != null) {
      return new Serializer() {
        @Override
        public Object fromJson(InputStream input) {
          return custom.fromJson(input, type);
        }

        @Override
        public void toJson(Object value, OutputStream output) {
          custom.toJson(value, output, type);
        }
      };
    }
    PojoSerializer<Object> pojo = pojoSerializer(type);
    return new Serializer() {
      @Override
      public Object fromJson(InputStream input) {
        return pojo.fromJson(input);
      }

      @Override
      public void toJson(Object value, OutputStream output) {
        pojo.toJson(value, output);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private PojoSerializer<Object> pojoSerializer(Type type) {
    if (type instanceof Class<?> clazz && LambdaEventSerializers.isLambdaSupportedEvent(clazz.getName())) {
      return LambdaEventSerializers.serializerFor((Class<Object>) clazz, loader);
    }
    return JacksonFactory.getInstance().getSerializer(type);
  }

  private static CustomPojoSerializer findCustom(ClassLoader loader) {
    Iterator<CustomPojoSerializer> found =
        ServiceLoader.load(CustomPojoSerializer.class, loader).iterator();
    if (!found.hasNext()) {
      return null;
    }
    CustomPojoSerializer first = found.next();
    if (found.hasNext()) {
      throw new HandlerFault(
          "Too many serializers provided inside the META-INF/services folder, only one is allowed",
          "com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException",
          true);
    }
    return first;
  }
}
