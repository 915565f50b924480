package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of stored items for durable stores: a format byte, the item's size, then
 * each attribute as name and tagged value, lengths as unsigned varints. Numbers keep their
 * normalised text, so decoding never re-validates them.
 */
public final class ValueCodec {
  private static final int FORMAT = 1;
  private static final int S = 1;
  private static final int N = 2;
  private static final int B = 3;
  private static final int TRUE = 4;
  private static final int FALSE = 5;
  private static final int NULL = 6;
  private static final int M = 7;
  private static final int L = 8;
  private static final int SS = 9;
  private static final int NS = 10;
  private static final int BS = 11;

  private ValueCodec() {}

  /**
   * Encodes an item.
   *
   * @param item the item
   * @return the bytes
   */
  public static byte[] encode(StoredItem item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(item.size() + 64, 1 << 20));
    out.write(FORMAT);
    writeVarint(out, item.size());
    writeMap(out, item.attributes());
    return out.toByteArray();
  }

  /**
   * Decodes an item written by {@link #encode(StoredItem)}.
   *
   * @param bytes the bytes
   * @return the item
   * @throws IllegalStateException when the bytes are not an encoded item
   */
  public static StoredItem decode(byte[] bytes) {
    Reader in = new Reader(bytes);
    if (in.next() != FORMAT) {
      throw new IllegalStateException("Unknown item format " + bytes[0]);
    }
    long size = in.varint();
    Map<String, Value> attributes = in.map();
    return new StoredItem(java.util.Collections.unmodifiableMap(attributes), size);
  }

  /**
   * The size of an encoded item, read without decoding it.
   *
   * @param bytes the bytes
   * @return the item's size in bytes
   */
  public static long sizeOf(byte[] bytes) {
    Reader in = new Reader(bytes);
    in.next();
    return in.varint();
  }

  private static void writeMap(ByteArrayOutputStream out, Map<String, Value> map) {
    writeVarint(out, map.size());
    for (Map.Entry<String, Value> entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeValue(out, entry.getValue());
    }
  }

  private static void writeValue(ByteArrayOutputStream out, Value value) {
    if (value instanceof Value.S s) {
      out.write(S);
      writeString(out, s.value());
    } else if (value instanceof Value.N n) {
      out.write(N);
      writeString(out, n.text());
    } else if (value instanceof Value.B b) {
      out.write(B);
      writeBytes(out, b.value());
    } else if (value instanceof Value.Bool bool) {
      out.write(bool.value() ? TRUE : FALSE);
    } else if (value instanceof Value.Null) {
      out.write(NULL);
    } else if (value instanceof Value.M m) {
      out.write(M);
      writeMap(out, m.value());
    } else if (value instanceof Value.L l) {
      out.write(L);
      writeVarint(out, l.value().size());
      l.value().forEach(element -> writeValue(out, element));
    } else if (value instanceof Value.SS ss) {
      out.write(SS);
      writeVarint(out, ss.value().size());
      ss.value().forEach(element -> writeString(out, element));
    } else if (value instanceof Value.NS ns) {
      out.write(NS);
      writeVarint(out, ns.value().size());
      ns.value().forEach(element -> writeString(out, element.text()));
    } else if (value instanceof Value.BS bs) {
      out.write(BS);
      writeVarint(out, bs.value().size());
      bs.value().forEach(element -> writeBytes(out, element.value()));
    }
  }

  private static void writeString(ByteArrayOutputStream out, String text) {
    writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(ByteArrayOutputStream out, byte[] bytes) {
    writeVarint(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out.write((int) ((rest & 0x7f) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  /** Reads one encoded item. */
  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int next() {
      return bytes[at++] & 0xff;
    }

    long varint() {
      long value = 0;
      int shift = 0;
      int b;
      do {
        b = next();
        value |= (long) (b & 0x7f) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }

    byte[] bytes() {
      int length = (int) varint();
      byte[] out = java.util.Arrays.copyOfRange(bytes, at, at + length);
      at += length;
      return out;
    }

    String string() {
      int length = (int) varint();
      String out = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return out;
    }

    Map<String, Value> map() {
      int count = (int) varint();
      Map<String, Value> map = new LinkedHashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String name = string();
        map.put(name, value());
      }
      return map;
    }

    Value.N number() {
      String text = string();
      return new Value.N(new BigDecimal(text).stripTrailingZeros(), text);
    }

    Value value() {
      int tag = next();
      switch (tag) {
        case S:
          return new Value.S(string());
        case N:
          return number();
        case B:
          return new Value.B(bytes());
        case TRUE:
          return new Value.Bool(true);
        case FALSE:
          return new Value.Bool(false);
        case NULL:
          return new Value.Null();
        case M:
          return new Value.M(map());
        case L:
          return new Value.L(list(this::value));
        case SS:
          return new Value.SS(set(this::string));
        case NS:
          return new Value.NS(set(this::number));
        case BS:
          return new Value.BS(set(() -> new Value.B(bytes())));
        default:
          throw new IllegalStateException("Unknown value tag " + tag + " at byte " + (at - 1));
      }
    }

    private <T> List<T> list(java.util.function.Supplier<T> element) {
      int count = (int) varint();
      List<T> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(element.get());
      }
      return out;
    }

    private <T> Set<T> set(java.util.function.Supplier<T> element) {
      return new LinkedHashSet<>(list(element));
    }
  }
}
