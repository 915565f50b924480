package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a handler string into a callable handler by the Java runtime's rules, with its messages:
 * split at the last {@code ::}; a class alone must implement {@code RequestStreamHandler} or
 * {@code RequestHandler} with concrete type arguments; with a method, the public methods of that
 * name are tried non-bridge first, longest parameter list first (a trailing {@code Context}
 * counting one more), and the first of an accepted shape wins.
 *
 * <p>Faults the runtime reports on each invocation come back as a handler that throws the fault;
 * init errors (a failing static initialiser or constructor) are thrown as a fatal {@link
 * HandlerFault}.
 */
final class HandlerResolver {
  private static final byte[] JSON_NULL = {'n', 'u', 'l', 'l'};

  private final EventSerializers serializers;

  HandlerResolver(EventSerializers serializers) {
    this.serializers = serializers;
  }

  /**
   * Resolves a handler.
   *
   * @param handler the handler string
   * @param loader the class loader to load it with (ignored when an instance is given)
   * @param instance a ready instance, or null to construct one as the runtime does
   */
  StreamHandler resolve(String handler, ClassLoader loader, Object instance) {
    int separator = handler.lastIndexOf("::");
    String className = separator < 0 ? handler : handler.substring(0, separator);
    String methodName = separator < 0 ? null : handler.substring(separator + 2);
    if (className.isEmpty() || (methodName != null && methodName.isEmpty())) {
      return faulty(new HandlerFault("Invalid handler: `" + handler + "'"));
    }
    Class<?> clazz;
    if (instance != null) {
      clazz = instance.getClass();
    } else {
      try {
        clazz = Class.forName(className, true, loader);
      } catch (ClassNotFoundException e) {
        return faulty(new HandlerFault("Class not found: " + className, e.getClass().getName(), false));
      } catch (Throwable e) {
        throw initError(e, className);
      }
    }
    try {
      return methodName == null
          ? resolveClass(clazz, instance)
          : resolveMethod(clazz, methodName, instance);
    } catch (HandlerFault fault) {
      if (fault.fatal()) {
        throw fault;
      }
      return faulty(fault);
    }
  }

  private static HandlerFault initError(Throwable e, String className) {
    ErrorPayload.filterStackTrace(e);
    return new HandlerFault(
        "Error loading class " + className + (e.getMessage() == null ? "" : ": " + e.getMessage()),
        e.getClass().getName(),
        true);
  }

  private static StreamHandler faulty(HandlerFault fault) {
    return (in, out, context) -> {
      throw fault;
    };
  }

  private StreamHandler resolveClass(Class<?> clazz, Object instance) {
    if (RequestStreamHandler.class.isAssignableFrom(clazz)) {
      RequestStreamHandler handler =
          (RequestStreamHandler) (instance != null ? instance : construct(clazz));
      return handler::handleRequest;
    }
    if (RequestHandler.class.isAssignableFrom(clazz)) {
      return requestHandler(clazz, instance);
    }
    throw new HandlerFault(
        "Class does not implement an appropriate handler interface: " + clazz.getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private StreamHandler requestHandler(Class<?> clazz, Object instance) {
    Type[] types = HandlerTypeArguments.find(clazz, RequestHandler.class);
    if (types == null) {
      throw new HandlerFault(
          "Class " + clazz.getName() + " does not implement RequestHandler with concrete type parameters");
    }
    if (types.length != 2) {
      throw new HandlerFault(
          "Invalid class signature for RequestHandler. Expected two generic types, got "
              + types.length);
    }
    for (Type type : types) {
      if (type instanceof TypeVariable<?> variable && !hasBound(variable)) {
        throw new HandlerFault(
            "Class "
                + clazz.getName()
                + " does not implement RequestHandler with concrete type parameters: parameter "
                + variable
                + " has no upper bound.");
      }
    }
    RequestHandler handler = (RequestHandler) (instance != null ? instance : construct(clazz));
    return pojo(handler::handleRequest, types[0], types[1]);
  }

  private static boolean hasBound(TypeVariable<?> variable) {
    for (Type bound : variable.getBounds()) {
      if (!Object.class.equals(bound)) {
        return true;
      }
    }
    return false;
  }

  /** The runtime's overload order; {@code List.sort} is stable, as the runtime's sort is. */
  private static final Comparator<Method> PRIORITY =
      Comparator.comparing((Method m) -> m.isBridge())
          .thenComparing(Comparator.comparingInt(HandlerResolver::weight).reversed());

  private static int weight(Method method) {
    Class<?>[] types = method.getParameterTypes();
    boolean endsWithContext = types.length > 0 && types[types.length - 1] == Context.class;
    return types.length + (endsWithContext ? 1 : 0);
  }

  private StreamHandler resolveMethod(Class<?> clazz, String name, Object instance) {
    Method[] all;
    try {
      all = clazz.getMethods();
    } catch (NoClassDefFoundError e) {
      throw new HandlerFault(
          "Error loading method " + name + " on class " + clazz.getName(), e.getClass().getName(), false);
    }
    List<Method> candidates = new ArrayList<>();
    for (Method method : all) {
      if (method.getName().equals(name)) {
        candidates.add(method);
      }
    }
    candidates.sort(PRIORITY);
    for (Method method : candidates) {
      Optional<StreamHandler> handler = overload(clazz, method, instance);
      if (handler.isPresent()) {
        return handler.get();
      }
    }
    throw new HandlerFault(
        "No public method named "
            + name
            + " with appropriate method signature found on class "
            + clazz.getName());
  }

  private Optional<StreamHandler> overload(Class<?> clazz, Method method, Object instance) {
    Type[] p = method.getGenericParameterTypes();
    Type result = method.getGenericReturnType();
    switch (p.length) {
      case 0:
        return Optional.of(pojoMethod(clazz, method, instance, null, false, result));
      case 1:
        if (p[0] == InputStream.class) {
          return Optional.of(streamMethod(clazz, method, instance, true, false, false));
        } else if (p[0] == OutputStream.class) {
          return Optional.of(streamMethod(clazz, method, instance, false, true, false));
        } else if (p[0] == Context.class) {
          return Optional.of(pojoMethod(clazz, method, instance, null, true, result));
        }
        return Optional.of(pojoMethod(clazz, method, instance, p[0], false, result));
      case 2:
        return twoParameters(clazz, method, instance, p[0], p[1], result);
      case 3:
        if (p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == Context.class) {
          return Optional.of(streamMethod(clazz, method, instance, true, true, true));
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Optional<StreamHandler> twoParameters(
      Class<?> clazz, Method method, Object instance, Type first, Type second, Type result) {
    if (first == OutputStream.class) {
      return second == Context.class
          ? Optional.of(streamMethod(clazz, method, instance, false, true, true))
          : Optional.empty();
    }
    if (first == Context.class) {
      return Optional.empty();
    }
    if (first == InputStream.class) {
      if (second == OutputStream.class) {
        return Optional.of(streamMethod(clazz, method, instance, true, true, false));
      }
      return second == Context.class
          ? Optional.of(streamMethod(clazz, method, instance, true, false, true))
          : Optional.empty();
    }
    return second == Context.class
        ? Optional.of(pojoMethod(clazz, method, instance, first, true, result))
        : Optional.empty();
  }

  /** A method taking an event and/or a Context; faults become a handler that reports them. */
  private StreamHandler pojoMethod(
      Class<?> clazz, Method method, Object instance, Type input, boolean context, Type result) {
    return withTarget(
        clazz,
        method,
        instance,
        target ->
            pojo(
                (event, ctx) ->
                    invoke(method, target, arguments(input != null, event, false, null, context, ctx)),
                input,
                result));
  }

  private StreamHandler streamMethod(
      Class<?> clazz, Method method, Object instance, boolean in, boolean out, boolean context) {
    return withTarget(
        clazz,
        method,
        instance,
        target ->
            (input, output, ctx) -> {
              invoke(method, target, arguments(in, input, out, output, context, ctx));
              if (!out) {
                output.write(JSON_NULL);
              }
            });
  }

  /**
   * The handler for a method once its target object is known; a fault in constructing the target is
   * thrown when fatal (an init error), else reported by every invocation, as the runtime does.
   */
  private static StreamHandler withTarget(
      Class<?> clazz, Method method, Object instance, Function<Object, StreamHandler> handler) {
    Object target;
    try {
      target = targetOf(clazz, method, instance);
    } catch (HandlerFault fault) {
      if (fault.fatal()) {
        throw fault;
      }
      return faulty(fault);
    }
    return handler.apply(target);
  }

  /** The arguments of a handler method: those of its parameters it declares, in this order. */
  private static Object[] arguments(
      boolean hasFirst, Object first, boolean hasSecond, Object second,
      boolean hasContext, Object context) {
    Object[] args = new Object[(hasFirst ? 1 : 0) + (hasSecond ? 1 : 0) + (hasContext ? 1 : 0)];
    int i = 0;
    if (hasFirst) {
      args[i++] = first;
    }
    if (hasSecond) {
      args[i++] = second;
    }
    if (hasContext) {
      args[i] = context;
    }
    return args;
  }

  private static Object targetOf(Class<?> clazz, Method method, Object instance) {
    if (Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    return instance != null ? instance : construct(clazz);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw ErrorPayload.filterStackTrace(e.getCause() != null ? e.getCause() : e);
    }
  }

  @FunctionalInterface
  private interface PojoCall {
    Object call(Object input, Context context) throws Throwable;
  }

  /** The runtime's POJO wrapper: parse, call, serialise; void results become {@code null}. */
  private StreamHandler pojo(PojoCall call, Type inputType, Type outputType) {
    EventSerializers.Serializer input = inputType == null ? null : serializers.forType(inputType);
    EventSerializers.Serializer output =
        isVoid(outputType) ? null : serializers.forType(outputType);
    return (in, out, context) -> {
      Object event;
      try {
        event = input == null ? null : input.fromJson(in);
      } catch (Throwable t) {
        throw new RuntimeException(
            "An error occurred during JSON parsing", ErrorPayload.filterStackTrace(t));
      }
      Object result = call.call(event, context);
      try {
        if (output == null) {
          out.write(JSON_NULL);
        } else {
          output.toJson(result, out);
        }
      } catch (Throwable t) {
        throw new RuntimeException("An error occurred during JSON serialization of response", t);
      }
    };
  }

  private static boolean isVoid(Type type) {
    return type == void.class || (type instanceof Class<?> c && Void.class.isAssignableFrom(c));
  }

  /** The runtime's {@code getConstructor} and {@code newInstance}, with their messages. */
  static Object construct(Class<?> clazz) {
    Constructor<?> constructor;
    try {
      constructor = clazz.getConstructor();
    } catch (NoSuchMethodException e) {
      if (clazz.getEnclosingClass() != null && !Modifier.isStatic(clazz.getModifiers())) {
        throw new HandlerFault(
            "Class " + clazz.getName() + " cannot be instantiated because it is a non-static inner class",
            "java.lang.Exception",
            false);
      }
      throw new HandlerFault(
          "Class " + clazz.getName() + " has no public zero-argument constructor",
          "java.lang.Exception",
          false);
    }
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw HandlerFault.of(ErrorPayload.filterStackTrace(cause), true);
    } catch (ReflectiveOperationException e) {
      throw HandlerFault.of(e, false);
    }
  }
}
