package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.expression.SortKeyCondition;
import dev.hangar.dynamo.internal.expression.SortKeyOperator;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import dev.hangar.dynamo.internal.store.IndexEntryKey;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The stretch of a partition that a Query's sort key condition can match: reading starts at the
 * condition's first possible sort key and ends at the first item past its last, as DynamoDB
 * reads a key range rather than the whole partition, of a table or of a secondary index. Items are
 * in {@link ValueOrder} in a partition (the stores' contract), so the items a condition matches are
 * contiguous. The caller still tests every item it is given; this only spares it the items that
 * cannot match.
 */
final class SortKeyRange {
  private final Value low;
  private final boolean lowInclusive;
  private final Value high;
  private final boolean highInclusive;
  private final Value prefix;
  private final String sortName;

  private SortKeyRange(String sortName,
      Value low, boolean lowInclusive, Value high, boolean highInclusive, Value prefix) {
    this.sortName = sortName;
    this.low = low;
    this.lowInclusive = lowInclusive;
    this.high = high;
    this.highInclusive = highInclusive;
    this.prefix = prefix;
  }

  /**
   * The range of a condition on a sort key of a type, or null when the condition cannot be read
   * as one (an operand of another type, which matches nothing and is left to the caller's test).
   */
  static SortKeyRange of(SortKeyCondition condition, KeyAttribute sortKey) {
    for (Value operand : condition.operands()) {
      if (!operand.type().equals(sortKey.type())) {
        return null;
      }
    }
    Value first = condition.operands().get(0);
    SortKeyOperator operator = condition.operator();
    String n = sortKey.name();
    return switch (operator) {
      case EQ -> new SortKeyRange(n, first, true, first, true, null);
      case LT -> new SortKeyRange(n, null, false, first, false, null);
      case LE -> new SortKeyRange(n, null, false, first, true, null);
      case GT -> new SortKeyRange(n, first, false, null, false, null);
      case GE -> new SortKeyRange(n, first, true, null, false, null);
      case BETWEEN ->
          new SortKeyRange(n, first, true, condition.operands().get(1), true, null);
      case BEGINS_WITH -> new SortKeyRange(n, first, true, prefixEnd(first), false, first);
    };
  }

  /**
   * The least value above every value that begins with a prefix, so that a descending read can
   * start there; null when there is none (a prefix of only the highest code points or bytes).
   */
  private static Value prefixEnd(Value prefix) {
    if (prefix instanceof Value.S s) {
      // Strings order by code point: raise the last code point that can be raised, drop the rest.
      int[] codePoints = s.value().codePoints().toArray();
      for (int i = codePoints.length - 1; i >= 0; i--) {
        if (codePoints[i] < Character.MAX_CODE_POINT) {
          codePoints[i]++;
          return new Value.S(new String(codePoints, 0, i + 1));
        }
      }
      return null;
    }
    byte[] bytes = ((Value.B) prefix).value();
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] != (byte) 0xff) {
        byte[] end = Arrays.copyOf(bytes, i + 1);
        end[i]++;
        return new Value.B(end);
      }
    }
    return null;
  }

  /**
   * The items of a partition from where the range starts (or after a start key already inside it)
   * up to where it ends, in the direction asked.
   *
   * @param store the table's items
   * @param partition the partition key value
   * @param exclusiveStart a sort key inside the range to start after, or null
   * @param forward true for ascending order
   * @return the items; the first past the range ends the iteration
   */
  Iterator<StoredItem> read(
      ItemStore store, Value partition, Value exclusiveStart, boolean forward) {
    Value start = forward ? low : high;
    boolean inclusive = forward ? lowInclusive : highInclusive;
    Iterator<StoredItem> items;
    if (exclusiveStart != null || start == null) {
      items = store.partition(partition, exclusiveStart, forward);
    } else {
      // The store starts after a key; the key itself, when the bound includes it, is one lookup.
      StoredItem first = inclusive ? store.get(new PrimaryKey(partition, start)) : null;
      items = prepend(first, store.partition(partition, start, forward));
    }
    return bound(items, forward);
  }

  /**
   * The entries of an index partition from where the range starts (or after a start key, when
   * that lies further on) up to where it ends, in the direction asked. Bounded on the index's own
   * entries, never on base items fetched for them, which may have changed since.
   *
   * @param store the index's entries
   * @param partition the index partition key value
   * @param exclusiveStart the entry to start after (index and table keys), or null
   * @param forward true for ascending index sort key order
   * @return the entries; the first past the range ends the iteration
   */
  Iterator<StoredItem> readIndex(
      IndexStore store, Value partition, IndexEntryKey exclusiveStart, boolean forward) {
    Value start = forward ? low : high;
    boolean inclusive = forward ? lowInclusive : highInclusive;
    Iterator<StoredItem> entries;
    if (start == null || (exclusiveStart != null
        && !beforeStart(exclusiveStart.index().sort(), start, inclusive, forward))) {
      entries = store.partition(partition, exclusiveStart, forward);
    } else {
      // A start key before the range (the index does not refuse one) resumes where the range
      // begins: the entries between were never in it.
      entries = store.partitionFrom(partition, start, inclusive, forward);
    }
    return bound(entries, forward);
  }

  /** Whether a sort key comes before the range's start in the direction of reading. */
  private static boolean beforeStart(
      Value sort, Value start, boolean inclusive, boolean forward) {
    int order = ValueOrder.compare(sort, start);
    if (!forward) {
      order = -order;
    }
    return order < 0 || (order == 0 && !inclusive);
  }

  /** Ends an iteration in sort key order at the first item past the range. */
  private Iterator<StoredItem> bound(Iterator<StoredItem> items, boolean forward) {
    return new Bounded(items, forward);
  }

  /** Whether a sort key lies past the end of the range in the direction of reading. */
  private boolean past(Value sort, boolean forward) {
    if (sort == null) {
      return false;
    }
    if (forward) {
      if (prefix != null) {
        return ValueOrder.compare(sort, prefix) > 0 && !beginsWith(sort, prefix);
      }
      if (high == null) {
        return false;
      }
      int order = ValueOrder.compare(sort, high);
      return highInclusive ? order > 0 : order >= 0;
    }
    if (low == null) {
      return false;
    }
    int order = ValueOrder.compare(sort, low);
    return lowInclusive ? order < 0 : order <= 0;
  }

  private static boolean beginsWith(Value value, Value prefix) {
    if (value instanceof Value.S s && prefix instanceof Value.S p) {
      return s.value().startsWith(p.value());
    }
    Value.B b = (Value.B) value;
    byte[] p = ((Value.B) prefix).value();
    return b.value().length >= p.length
        && Arrays.equals(b.value(), 0, p.length, p, 0, p.length);
  }

  private static Iterator<StoredItem> prepend(StoredItem first, Iterator<StoredItem> rest) {
    if (first == null) {
      return rest;
    }
    return new Iterator<>() {
      private boolean firstTaken;

      @Override
      public boolean hasNext() {
        return !firstTaken || rest.hasNext();
      }

      @Override
      public StoredItem next() {
        if (!firstTaken) {
          firstTaken = true;
          return first;
        }
        return rest.next();
      }
    };
  }

  /** Ends the underlying iteration at the first item past the range. */
  private final class Bounded implements Iterator<StoredItem> {
    private final Iterator<StoredItem> items;
    private final boolean forward;
    private StoredItem next;
    private boolean done;

    Bounded(Iterator<StoredItem> items, boolean forward) {
      this.items = items;
      this.forward = forward;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done || !items.hasNext()) {
        return false;
      }
      StoredItem candidate = items.next();
      if (past(sortOf(candidate), forward)) {
        done = true;
        return false;
      }
      next = candidate;
      return true;
    }

    @Override
    public StoredItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      StoredItem result = next;
      next = null;
      return result;
    }
  }

  private Value sortOf(StoredItem item) {
    return item.attributes().get(sortName);
  }
}
