package dev.hangar.dynamo.internal.item;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One DynamoDB attribute value, of one of the ten types. Values are immutable; collections are
 * unmodifiable. Equality is DynamoDB's: numbers compare by value, binaries by bytes, sets as sets.
 *
 * <p>Build numbers through {@link Numbers#parse(String)}, which validates and normalises them.
 */
public sealed interface Value
    permits Value.S, Value.N, Value.B, Value.Bool, Value.Null, Value.M, Value.L, Value.SS,
        Value.NS, Value.BS {

  /**
   * The DynamoDB type descriptor: {@code S}, {@code N}, {@code B}, {@code BOOL}, {@code NULL},
   * {@code M}, {@code L}, {@code SS}, {@code NS} or {@code BS}.
   *
   * @return the descriptor
   */
  String type();

  /** A string. */
  record S(String value) implements Value {
    /** Checks for null. */
    public S {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
      return "S";
    }
  }

  /**
   * A number, normalised: {@code text} is DynamoDB's output form (no exponent, no leading or
   * trailing zeros, no negative zero), {@code value} the same number as a {@link BigDecimal}
   * with trailing zeros stripped.
   */
  record N(BigDecimal value, String text) implements Value {
    /** Checks for null. */
    public N {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "N";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof N n && value.compareTo(n.value) == 0;
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  /** A binary. The array is never modified. */
  record B(byte[] value) implements Value {
    /** Checks for null. */
    public B {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
      return "B";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof B b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "B[" + value.length + " bytes]";
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements Value {
    @Override
    public String type() {
      return "BOOL";
    }
  }

  /** The null value ({@code {"NULL": true}}). */
  record Null() implements Value {
    @Override
    public String type() {
      return "NULL";
    }
  }

  /** A map, in the order its entries arrived. */
  record M(Map<String, Value> value) implements Value {
    /** Copies into an unmodifiable, order-keeping map. */
    public M {
      value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }

    @Override
    public String type() {
      return "M";
    }
  }

  /** A list. */
  record L(List<Value> value) implements Value {
    /** Copies into an unmodifiable list. */
    public L {
      value = List.copyOf(value);
    }

    @Override
    public String type() {
      return "L";
    }
  }

  /** A string set, never empty, without duplicates. */
  record SS(Set<String> value) implements Value {
    /** Copies into an unmodifiable, order-keeping set. */
    public SS {
      value = Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public String type() {
      return "SS";
    }
  }

  /** A number set, never empty, without duplicates (by numeric value). */
  record NS(Set<N> value) implements Value {
    /** Copies into an unmodifiable, order-keeping set. */
    public NS {
      value = Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public String type() {
      return "NS";
    }
  }

  /** A binary set, never empty, without duplicates (by bytes). */
  record BS(Set<B> value) implements Value {
    /** Copies into an unmodifiable, order-keeping set. */
    public BS {
      value = Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public String type() {
      return "BS";
    }
  }
}
