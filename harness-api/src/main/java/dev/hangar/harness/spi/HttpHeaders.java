package dev.hangar.harness.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP headers as they crossed the wire: names compared without regard to case, each name keeping
 * the spelling and the order of values in which it first arrived.
 *
 * <p>Instances are immutable. Build one with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(new LinkedHashMap<>());

  /** Lower-cased name to the entry, in arrival order. */
  private final Map<String, Entry> entries;

  private HttpHeaders(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Headers with no entries.
   *
   * @return the empty headers, never null
   */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /**
   * A builder for headers.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> first(String name) {
    Entry entry = entries.get(name.toLowerCase(Locale.ROOT));
    return entry == null ? Optional.empty() : Optional.of(entry.values.get(0));
  }

  /**
   * All values of a header, in arrival order.
   *
   * @param name the header name, in any case
   * @return the values, empty when the header is absent; never null and not modifiable
   */
  public List<String> all(String name) {
    Entry entry = entries.get(name.toLowerCase(Locale.ROOT));
    return entry == null ? List.of() : Collections.unmodifiableList(entry.values);
  }

  /**
   * Whether a header is present.
   *
   * @param name the header name, in any case
   * @return true when at least one value arrived under that name
   */
  public boolean contains(String name) {
    return entries.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The headers as a map from the name as first spelled to its values, in arrival order.
   *
   * @return a new modifiable map, never null
   */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Entry entry : entries.values()) {
      map.put(entry.name, new ArrayList<>(entry.values));
    }
    return map;
  }

  /**
   * A builder initialised with these headers.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (Entry entry : entries.values()) {
      for (String value : entry.values) {
        builder.add(entry.name, value);
      }
    }
    return builder;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  private static final class Entry {
    final String name;
    final List<String> values = new ArrayList<>(1);

    Entry(String name) {
      this.name = name;
    }
  }

  /** Collects header values; {@link #build()} may be called once. */
  public static final class Builder {
    private Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a value to a header, keeping earlier values.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder add(String name, String value) {
      entries.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Entry(name)).values.add(value);
      return this;
    }

    /**
     * Sets a header to one value, replacing earlier values.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder set(String name, String value) {
      entries.remove(name.toLowerCase(Locale.ROOT));
      return add(name, value);
    }

    /**
     * Removes a header.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      entries.remove(name.toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * The headers collected so far.
     *
     * @return immutable headers, never null
     */
    public HttpHeaders build() {
      Map<String, Entry> built = entries;
      entries = new LinkedHashMap<>();
      return new HttpHeaders(built);
    }
  }
}
