package dev.hangar.dynamo.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable document path: a top-level attribute name followed by map keys and list indexes,
 * such as {@code a.b[2].c}. Placeholders are already resolved, so a path holds real names.
 *
 * <p>Mirrors "Specifying item attributes when using expressions" in the DynamoDB developer guide.
 */
public final class AttributePath {

  /** One step of a path. */
  public sealed interface Element permits Name, Index {}

  /**
   * A map key (or, first in a path, a top-level attribute name).
   *
   * @param name the name, never null
   */
  public record Name(String name) implements Element {
    /** Checks for null. */
    public Name {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A list index.
   *
   * @param index the zero-based index, never negative
   */
  public record Index(int index) implements Element {
    /** Checks the index. */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("negative list index " + index);
      }
    }

    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }

  private final List<Element> elements;

  private AttributePath(List<Element> elements) {
    if (elements.isEmpty() || !(elements.get(0) instanceof Name)) {
      throw new IllegalArgumentException("a path starts with an attribute name: " + elements);
    }
    this.elements = List.copyOf(elements);
  }

  /**
   * A path of the given elements.
   *
   * @param elements the elements, the first a {@link Name}
   * @return the path
   */
  public static AttributePath of(List<? extends Element> elements) {
    return new AttributePath(new ArrayList<>(elements));
  }

  /**
   * A top-level attribute.
   *
   * @param name the attribute name
   * @return the path
   */
  public static AttributePath attribute(String name) {
    return new AttributePath(List.of(new Name(name)));
  }

  /**
   * This path extended by a map key.
   *
   * @param name the key
   * @return a new path
   */
  public AttributePath child(String name) {
    List<Element> longer = new ArrayList<>(elements);
    longer.add(new Name(name));
    return new AttributePath(longer);
  }

  /**
   * This path extended by a list index.
   *
   * @param index the index
   * @return a new path
   */
  public AttributePath index(int index) {
    List<Element> longer = new ArrayList<>(elements);
    longer.add(new Index(index));
    return new AttributePath(longer);
  }

  /**
   * The elements, the first always a {@link Name}.
   *
   * @return an unmodifiable list
   */
  public List<Element> elements() {
    return elements;
  }

  /**
   * The top-level attribute name.
   *
   * @return the name of the first element
   */
  public String attributeName() {
    return ((Name) elements.get(0)).name();
  }

  /**
   * The number of elements.
   *
   * @return at least 1
   */
  public int size() {
    return elements.size();
  }

  /**
   * Whether this path is a top-level attribute.
   *
   * @return true when the path has a single element
   */
  public boolean isTopLevel() {
    return elements.size() == 1;
  }

  /**
   * Whether this path equals {@code other} or leads into it ({@code a} is a prefix of {@code
   * a.b}).
   *
   * @param other another path
   * @return true when this path is a prefix of {@code other}
   */
  public boolean isPrefixOf(AttributePath other) {
    return elements.size() <= other.elements.size()
        && other.elements.subList(0, elements.size()).equals(elements);
  }

  /**
   * The path as DynamoDB lists it in validation messages: {@code [a, b, [2]]}.
   *
   * @return the bracketed form
   */
  public String toMessageString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < elements.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(elements.get(i));
    }
    return text.append(']').toString();
  }

  /** The path in DynamoDB's notation, {@code a.b[2].c}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Element element : elements) {
      if (element instanceof Name name) {
        text.append(text.length() == 0 ? "" : ".").append(name.name());
      } else {
        text.append(element);
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath other && elements.equals(other.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }
}
