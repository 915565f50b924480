package dev.hangar.harness.internal.lambda;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the type arguments a class gives {@code RequestHandler}, searching breadth-first through
 * its interfaces and superclasses as the runtime does: the first parameterized supertype whose raw
 * class is a {@code RequestHandler} (or a sub-interface of it) wins, and type variables are
 * replaced by what the subclasses bound them to, by name.
 */
final class HandlerTypeArguments {
  private HandlerTypeArguments() {}

  /** One class on the search, with the arguments its subclass gave its type parameters. */
  private record Node(Class<?> raw, Type[] arguments) {
    Type resolve(TypeVariable<?> variable) {
      TypeVariable<?>[] parameters = raw.getTypeParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getName().equals(variable.getName())) {
          return arguments == null ? parameters[i] : arguments[i];
        }
      }
      return variable;
    }

    Node child(Type type) {
      if (type instanceof ParameterizedType parameterized) {
        Type[] args = parameterized.getActualTypeArguments().clone();
        for (int i = 0; i < args.length; i++) {
          if (args[i] instanceof TypeVariable<?> variable) {
            args[i] = resolve(variable);
          }
        }
        return new Node((Class<?>) parameterized.getRawType(), args);
      }
      Class<?> clazz = (Class<?>) type;
      TypeVariable<?>[] parameters = clazz.getTypeParameters();
      if (parameters.length == 0 || arguments == null) {
        return new Node(clazz, null);
      }
      Type[] args = new Type[parameters.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(parameters[i]);
      }
      return new Node(clazz, args);
    }
  }

  /** The type arguments, or null when no parameterized {@code target} supertype exists. */
  static Type[] find(Class<?> clazz, Class<?> target) {
    Deque<Node> queue = new ArrayDeque<>();
    queue.add(new Node(clazz, null));
    while (!queue.isEmpty()) {
      Node node = queue.removeFirst();
      for (Type type : node.raw().getGenericInterfaces()) {
        if (type instanceof ParameterizedType parameterized
            && parameterized.getRawType() instanceof Class<?> raw
            && target.isAssignableFrom(raw)) {
          return node.child(parameterized).arguments();
        }
        if (type instanceof ParameterizedType || type instanceof Class<?>) {
          queue.addLast(node.child(type));
        }
      }
      Type superclass = node.raw().getGenericSuperclass();
      if (superclass != null) {
        queue.addLast(node.child(superclass));
      }
    }
    return null;
  }
}
