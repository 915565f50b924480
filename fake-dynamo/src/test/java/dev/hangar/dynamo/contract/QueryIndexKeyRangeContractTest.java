package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query on a secondary index reads exactly the entries of its sort key range, for every key
 * condition operator, in both directions and in pages of 1 that stop between entries with equal
 * index sort keys: each page's ScannedCount counts only entries in the range, its LastEvaluatedKey
 * holds the index and table keys, and the pages together hold the range in order. Global and local
 * indexes, with number, string and binary sort keys, next to entries just outside each bound and in
 * another index partition.
 */
class QueryIndexKeyRangeContractTest extends DynamoContract {
  private static final List<String> NUMBERS = List.of(
      "-20", "-5", "-4.5", "0", "1", "2", "3", "5", "6.5", "7", "7.25", "8", "9", "10", "12", "40");
  private static final List<String> STRINGS = List.of("a", "orde", "order", "order#1", "order#2",
      "order~", "ordes", "orders", "ordf", "profile", "\u00e9t\u00e9", "\uD83D\uDE00", "\uDBFF\uDFFF", "\uDBFF\uDFFFa");
  private static final List<byte[]> BINARIES = List.of(new byte[] {0x01}, new byte[] {0x7f},
      new byte[] {0x7f, 0x00}, new byte[] {0x7f, (byte) 0xff}, new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xff}, new byte[] {(byte) 0xff, 0x01});

  private static final int MAX_READ = 3 * NUMBERS.size();

  /** Where the index lives and what its sort key is called. */
  private record Index(String table, String name, String partitionKey, String sortKey,
      Set<String> lastKeyNames, Select select) {}

  @Test
  void query_globalIndexOnNumbers_readsExactlyTheRangeOfEveryOperator() {
    Index index = globalIndex(ScalarAttributeType.N, ProjectionType.KEYS_ONLY);
    List<AttributeValue> values = NUMBERS.stream().map(DynamoContract::n).toList();
    fill(index, values);
    checkEveryOperator(index, values, numberOrder(),
        List.of(n("-100"), n("-20"), n("-4.5"), n("7"), n("7.1"), n("40"), n("100")));
  }

  @Test
  void query_localIndexOnNumbers_readsExactlyTheRangeOfEveryOperator() {
    // KEYS_ONLY asked for ALL_ATTRIBUTES: entries bounded, items fetched from the table.
    Index index =
        localIndex(ScalarAttributeType.N, ProjectionType.KEYS_ONLY, Select.ALL_ATTRIBUTES);
    List<AttributeValue> values = NUMBERS.stream().map(DynamoContract::n).toList();
    fill(index, values);
    checkEveryOperator(index, values, numberOrder(),
        List.of(n("-100"), n("-20"), n("0"), n("6.9"), n("12"), n("40"), n("41")));
  }

  @Test
  void query_globalIndexOnStrings_readsExactlyTheRangeOfEveryOperatorAndPrefix() {
    Index index = globalIndex(ScalarAttributeType.S, ProjectionType.ALL);
    List<AttributeValue> values = STRINGS.stream().map(DynamoContract::s).toList();
    fill(index, values);
    Comparator<AttributeValue> order = Comparator.comparing(
        v -> v.s().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);
    checkEveryOperator(index, values, order,
        List.of(s("A"), s("a"), s("order"), s("order#"), s("\u00e9"), s("\uD83D\uDE00"),
            s("\uD83D\uDE01")));
    // A descending read starts below the least string above the prefix's: "ordf" for "orde",
    // none for the highest code point.
    for (String prefix : List.of("order", "ord", "orde", "orders", "z", "a", "\u00e9",
        "\uD83D\uDE00", "\uDBFF\uDFFF")) {
      check(index, values, order, "begins_with(" + index.sortKey() + ", :a)",
          Map.of(":a", s(prefix)), v -> v.s().startsWith(prefix));
    }
  }

  @Test
  void query_localIndexOnBinaries_readsExactlyTheRangeOfEveryOperatorAndPrefix() {
    Index index = localIndex(ScalarAttributeType.B, ProjectionType.ALL, null);
    List<AttributeValue> values = BINARIES.stream().map(DynamoContract::b).toList();
    fill(index, values);
    Comparator<AttributeValue> order =
        Comparator.comparing(v -> v.b().asByteArray(), Arrays::compareUnsigned);
    checkEveryOperator(index, values, order, List.of(b(new byte[] {0x00}), b(new byte[] {0x7f}),
        b(new byte[] {0x7f, 0x00, 0x00}), b(new byte[] {(byte) 0x80}),
        b(new byte[] {(byte) 0xff, 0x01}), b(new byte[] {(byte) 0xff, 0x02})));
    for (byte[] prefix : List.of(new byte[] {0x7f}, new byte[] {(byte) 0xff}, new byte[] {0x02},
        new byte[] {0x7f, (byte) 0xff}, new byte[] {(byte) 0xff, 0x01})) {
      check(index, values, order, "begins_with(" + index.sortKey() + ", :a)",
          Map.of(":a", b(prefix)), v -> v.b().asByteArray().length >= prefix.length
              && Arrays.equals(v.b().asByteArray(), 0, prefix.length, prefix, 0, prefix.length));
    }
  }

  private static Comparator<AttributeValue> numberOrder() {
    return Comparator.comparing(v -> new BigDecimal(v.n()));
  }

  /** =, <, <=, >, >= on each pivot, and BETWEEN each pivot and each pivot not below it. */
  private void checkEveryOperator(Index index, List<AttributeValue> values,
      Comparator<AttributeValue> order, List<AttributeValue> pivots) {
    String key = index.sortKey();
    for (AttributeValue a : pivots) {
      Map<String, AttributeValue> one = Map.of(":a", a);
      check(index, values, order, key + " = :a", one, v -> order.compare(v, a) == 0);
      check(index, values, order, key + " < :a", one, v -> order.compare(v, a) < 0);
      check(index, values, order, key + " <= :a", one, v -> order.compare(v, a) <= 0);
      check(index, values, order, key + " > :a", one, v -> order.compare(v, a) > 0);
      check(index, values, order, key + " >= :a", one, v -> order.compare(v, a) >= 0);
      for (AttributeValue b : pivots) {
        if (order.compare(a, b) <= 0) {
          check(index, values, order, key + " BETWEEN :a AND :b", Map.of(":a", a, ":b", b),
              v -> order.compare(v, a) >= 0 && order.compare(v, b) <= 0);
        }
      }
    }
  }

  /** Both directions, in one page and in pages of 1, against the values the condition matches. */
  private void check(Index index, List<AttributeValue> values, Comparator<AttributeValue> order,
      String sortCondition, Map<String, AttributeValue> sortValues,
      Predicate<AttributeValue> matches) {
    List<AttributeValue> ascending = new ArrayList<>();
    for (AttributeValue v : values.stream().sorted(order).toList()) {
      if (matches.test(v)) {
        // Each value is the sort key of two entries of the partition read.
        ascending.add(v);
        ascending.add(v);
      }
    }
    String expression = index.partitionKey() + " = :p AND " + sortCondition;
    Map<String, AttributeValue> expressionValues = new java.util.HashMap<>(sortValues);
    expressionValues.put(":p", s("p"));
    for (boolean forward : List.of(true, false)) {
      List<AttributeValue> expected = new ArrayList<>(ascending);
      if (!forward) {
        Collections.reverse(expected);
      }
      for (Integer limit : Arrays.asList(null, 1)) {
        List<AttributeValue> read = readAll(index, expression, expressionValues, forward, limit);
        assertThat(read).as("%s %s forward=%s limit=%s", expression, sortValues, forward, limit)
            .usingElementComparator(order).containsExactlyElementsOf(expected);
      }
    }
  }

  private List<AttributeValue> readAll(Index index, String expression,
      Map<String, AttributeValue> values, boolean forward, Integer limit) {
    List<AttributeValue> read = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder request = QueryRequest.builder().tableName(index.table())
          .indexName(index.name()).keyConditionExpression(expression)
          .expressionAttributeValues(values).scanIndexForward(forward).limit(limit)
          .select(index.select());
      if (start != null) {
        request.exclusiveStartKey(start);
      }
      QueryResponse page = dynamo.query(request.build());
      assertThat(page.scannedCount()).as("ScannedCount counts only the range's entries")
          .isEqualTo(page.count());
      page.items().forEach(i -> read.add(i.get(index.sortKey())));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
          ? page.lastEvaluatedKey() : null;
      if (start != null) {
        assertThat(start.keySet()).as("LastEvaluatedKey").isEqualTo(index.lastKeyNames());
        // A start key that resumed before itself would page forever.
        assertThat(read.size()).as("entries read by %s", expression)
            .isLessThanOrEqualTo(MAX_READ);
      }
    } while (start != null);
    return read;
  }

  /** Each value twice in index partition p (two base items) and once in index partition q. */
  private void fill(Index index, List<AttributeValue> values) {
    int id = 0;
    for (AttributeValue value : values) {
      for (String partition : List.of("p", "q", "p")) {
        String itemId = String.format("item-%03d", id++);
        Map<String, AttributeValue> item = index.partitionKey().equals("pk")
            ? item("pk", s(partition), "sk", s(itemId), index.sortKey(), value, "other", n("1"))
            : item("pk", s(itemId), index.partitionKey(), s(partition), index.sortKey(), value,
                "other", n("1"));
        dynamo.putItem(b -> b.tableName(index.table()).item(item));
      }
    }
  }

  private Index globalIndex(ScalarAttributeType sortType, ProjectionType projection) {
    String table = "contract-index-range-gsi-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(definition("pk", ScalarAttributeType.S),
            definition("gpk", ScalarAttributeType.S), definition("gsk", sortType))
        .keySchema(key("pk", KeyType.HASH))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g")
            .keySchema(key("gpk", KeyType.HASH), key("gsk", KeyType.RANGE))
            .projection(Projection.builder().projectionType(projection).build()).build()));
    return new Index(table, "by-g", "gpk", "gsk", Set.of("pk", "gpk", "gsk"), null);
  }

  private Index localIndex(ScalarAttributeType sortType, ProjectionType projection,
      Select select) {
    String table = "contract-index-range-lsi-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(definition("pk", ScalarAttributeType.S),
            definition("sk", ScalarAttributeType.S), definition("lsk", sortType))
        .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-l")
            .keySchema(key("pk", KeyType.HASH), key("lsk", KeyType.RANGE))
            .projection(Projection.builder().projectionType(projection).build()).build()));
    return new Index(table, "by-l", "pk", "lsk", Set.of("pk", "sk", "lsk"), select);
  }

  private static AttributeDefinition definition(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
