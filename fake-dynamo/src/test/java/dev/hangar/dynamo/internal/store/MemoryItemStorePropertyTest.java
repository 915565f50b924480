package dev.hangar.dynamo.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Properties of the store's order: sort keys in DynamoDB's order, segments partition the table. */
class MemoryItemStorePropertyTest {
  private final Random random = new Random(7);

  private static StoredItem item(Value pk, Value sk) {
    Map<String, Value> attributes = new LinkedHashMap<>();
    attributes.put("pk", pk);
    attributes.put("sk", sk);
    return StoredItem.of(attributes);
  }

  private <T> void checkSortOrder(Function<Random, Value> keys, Comparator<Value> reference) {
    for (int round = 0; round < 50; round++) {
      MemoryItemStore store = new MemoryItemStore();
      Value pk = new Value.S("p");
      List<Value> inserted = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        Value sk = keys.apply(random);
        if (store.get(new PrimaryKey(pk, sk)) == null) {
          inserted.add(sk);
        }
        store.put(new PrimaryKey(pk, sk), item(pk, sk));
      }
      List<Value> expected = new ArrayList<>(inserted);
      expected.sort(reference);
      List<Value> forward = sortKeys(store.partition(pk, null, true));
      List<Value> backward = sortKeys(store.partition(pk, null, false));
      assertThat(forward).containsExactlyElementsOf(expected);
      java.util.Collections.reverse(backward);
      assertThat(backward).containsExactlyElementsOf(expected);
      Value middle = expected.get(expected.size() / 2);
      assertThat(sortKeys(store.partition(pk, middle, true)))
          .containsExactlyElementsOf(expected.subList(expected.size() / 2 + 1, expected.size()));
    }
  }

  private static List<Value> sortKeys(Iterator<StoredItem> items) {
    List<Value> keys = new ArrayList<>();
    items.forEachRemaining(i -> keys.add(i.attributes().get("sk")));
    return keys;
  }

  @Test
  void numberSortKeys_areInNumericOrder() {
    checkSortOrder(r -> Numbers.of(new BigDecimal(BigInteger.valueOf(r.nextLong() % 100_000),
            r.nextInt(20) - 10)),
        Comparator.comparing(v -> ((Value.N) v).value()));
  }

  @Test
  void stringSortKeys_areInUtf8ByteOrder_includingSupplementaryCharacters() {
    int[] alphabet = {'a', 'B', 'z', 0x7f, 0xe9, 0x20ac, 0xff5e, 0x1f600, 0x10000};
    checkSortOrder(r -> {
      StringBuilder text = new StringBuilder();
      int length = 1 + r.nextInt(4);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(alphabet[r.nextInt(alphabet.length)]);
      }
      return new Value.S(text.toString());
    }, (a, b) -> Arrays.compareUnsigned(((Value.S) a).value().getBytes(StandardCharsets.UTF_8),
        ((Value.S) b).value().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void binarySortKeys_areInUnsignedByteOrder() {
    checkSortOrder(r -> {
      byte[] bytes = new byte[1 + r.nextInt(3)];
      r.nextBytes(bytes);
      return new Value.B(bytes);
    }, (a, b) -> Arrays.compareUnsigned(((Value.B) a).value(), ((Value.B) b).value()));
  }

  @Test
  void scanSegments_holdEveryItemExactlyOnce_forAnySegmentCount() {
    MemoryItemStore store = new MemoryItemStore();
    Set<String> all = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      Value pk = new Value.S("p" + random.nextInt(200));
      Value sk = Numbers.parse(String.valueOf(i));
      store.put(new PrimaryKey(pk, sk), item(pk, sk));
      all.add(((Value.S) pk).value() + "/" + i);
    }
    for (int total : new int[] {1, 2, 3, 7, 16, 1000}) {
      List<String> seen = new ArrayList<>();
      for (int segment = 0; segment < total; segment++) {
        store.scan(null, segment, total).forEachRemaining(item -> seen.add(
            ((Value.S) item.attributes().get("pk")).value() + "/"
                + ((Value.N) item.attributes().get("sk")).text()));
      }
      assertThat(seen).as("%d segments", total).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @Test
  void scanResumedAfterAnyKey_continuesWithTheNextItem() {
    MemoryItemStore store = new MemoryItemStore();
    for (int i = 0; i < 100; i++) {
      Value pk = new Value.S("p" + (i % 30));
      Value sk = Numbers.parse(String.valueOf(i));
      store.put(new PrimaryKey(pk, sk), item(pk, sk));
    }
    List<StoredItem> full = new ArrayList<>();
    store.scan(null, 0, 1).forEachRemaining(full::add);
    for (int i = 0; i < full.size(); i++) {
      Map<String, Value> at = full.get(i).attributes();
      Iterator<StoredItem> rest = store.scan(new PrimaryKey(at.get("pk"), at.get("sk")), 0, 1);
      List<StoredItem> resumed = new ArrayList<>();
      rest.forEachRemaining(resumed::add);
      assertThat(resumed).containsExactlyElementsOf(full.subList(i + 1, full.size()));
    }
  }
}
