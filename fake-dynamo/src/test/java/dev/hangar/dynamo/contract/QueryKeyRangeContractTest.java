package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Query reads exactly the items of the sort key range, for every key condition operator, in both
 * directions and across pages: each page's ScannedCount counts only items in the range, and the
 * pages together hold the range's items in order. Pins what a range read (rather than a read of
 * the whole partition) must keep, next to items just outside each bound and in other partitions.
 */
class QueryKeyRangeContractTest extends DynamoContract {
  private static final List<String> NUMBERS = List.of(
      "-20", "-5", "-4.5", "0", "1", "2", "3", "5", "6.5", "7", "7.25", "8", "9", "10", "12", "40");

  private record Case(String expression, Map<String, AttributeValue> values,
      Predicate<AttributeValue> matches) {}

  private static Case number(String condition, String low, String high,
      Predicate<BigDecimal> matches) {
    Map<String, AttributeValue> values = high == null
        ? Map.of(":p", s("p"), ":a", n(low))
        : Map.of(":p", s("p"), ":a", n(low), ":b", n(high));
    return new Case("pk = :p AND " + condition, values, v -> matches.test(new BigDecimal(v.n())));
  }

  private static List<Case> numberCases() {
    BigDecimal seven = new BigDecimal("7");
    BigDecimal between = new BigDecimal("7.1");
    return List.of(
        number("sk = :a", "7", null, v -> v.compareTo(seven) == 0),
        number("sk = :a", "7.1", null, v -> v.compareTo(between) == 0),
        number("sk < :a", "7", null, v -> v.compareTo(seven) < 0),
        number("sk <= :a", "7", null, v -> v.compareTo(seven) <= 0),
        number("sk > :a", "7", null, v -> v.compareTo(seven) > 0),
        number("sk >= :a", "7", null, v -> v.compareTo(seven) >= 0),
        number("sk >= :a", "7.1", null, v -> v.compareTo(between) >= 0),
        number("sk <= :a", "7.1", null, v -> v.compareTo(between) <= 0),
        number("sk > :a", "40", null, v -> false),
        number("sk < :a", "-20", null, v -> false),
        number("sk >= :a", "-100", null, v -> true),
        number("sk BETWEEN :a AND :b", "-4.5", "7", v ->
            v.compareTo(new BigDecimal("-4.5")) >= 0 && v.compareTo(seven) <= 0),
        number("sk BETWEEN :a AND :b", "7.1", "7.2", v -> false),
        number("sk BETWEEN :a AND :b", "11", "1000", v -> v.compareTo(BigDecimal.TEN) > 0));
  }

  @Test
  void query_eachNumberSortKeyOperator_readsExactlyTheRangeInBothDirectionsAndPages() {
    String table = sortedTable();
    for (String sk : NUMBERS) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", n(sk))));
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("q"), "sk", n(sk))));
    }
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("o"), "sk", n("7"))));
    for (Case c : numberCases()) {
      List<AttributeValue> expected = NUMBERS.stream().map(DynamoContract::n)
          .filter(c.matches()).toList();
      checkAllWays(table, c, expected);
    }
  }

  @Test
  void query_beginsWithOnStrings_readsExactlyThePrefixRangeInBothDirectionsAndPages() {
    String table = table("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
    List<String> keys = List.of("a", "orde", "order", "order#1", "order#2", "order~", "ordes",
        "orders", "ordf", "profile", "\u00e9t\u00e9", "\uD83D\uDE00");
    for (String sk : keys) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", s(sk))));
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("q"), "sk", s(sk))));
    }
    for (String prefix : List.of("order", "ord", "orders", "z", "a", "\u00e9", "\uD83D\uDE00")) {
      Case c = new Case("pk = :p AND begins_with(sk, :a)", Map.of(":p", s("p"), ":a", s(prefix)),
          v -> v.s().startsWith(prefix));
      List<AttributeValue> expected = keys.stream()
          .sorted(Comparator.comparing(k -> k.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              Arrays::compareUnsigned))
          .map(DynamoContract::s).filter(c.matches()).toList();
      checkAllWays(table, c, expected);
    }
  }

  @Test
  void query_beginsWithOnBinaries_comparesUnsignedBytes() {
    String table = table("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.B);
    List<byte[]> keys = List.of(new byte[] {0x01}, new byte[] {0x7f}, new byte[] {0x7f, 0x00},
        new byte[] {0x7f, (byte) 0xff}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xff},
        new byte[] {(byte) 0xff, 0x01});
    for (byte[] sk : keys) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", b(sk))));
    }
    for (byte[] prefix : List.of(new byte[] {0x7f}, new byte[] {(byte) 0xff}, new byte[] {0x02})) {
      Case c = new Case("pk = :p AND begins_with(sk, :a)", Map.of(":p", s("p"), ":a", b(prefix)),
          v -> v.b().asByteArray().length >= prefix.length && Arrays.equals(
              v.b().asByteArray(), 0, prefix.length, prefix, 0, prefix.length));
      List<AttributeValue> expected = keys.stream().map(DynamoContract::b)
          .filter(c.matches()).toList();
      checkAllWays(table, c, expected);
    }
  }

  @Test
  void query_globalIndexWithEqualSortKeys_readsExactlyTheRangeInBothDirectionsAndPages() {
    String table = "contract-range-gsi-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("gpk").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("gsk").attributeType("N").build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g")
            .keySchema(
                KeySchemaElement.builder().attributeName("gpk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("gsk").keyType(KeyType.RANGE).build())
            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
            .build()));
    List<String> indexed = new ArrayList<>();
    int id = 0;
    for (String sk : NUMBERS) {
      // Each sort key twice in the index, once in another index partition.
      for (String partition : List.of("p", "p", "q")) {
        String pk = "item-" + id++;
        dynamo.putItem(b -> b.tableName(table).item(item("pk", s(pk), "gpk", s(partition),
            "gsk", n(sk))));
      }
      indexed.add(sk);
      indexed.add(sk);
    }
    for (Case c : numberCases()) {
      Case onIndex = new Case(c.expression().replace("pk = :p", "gpk = :p").replace("sk ", "gsk "),
          c.values(), c.matches());
      List<BigDecimal> ascending = indexed.stream().map(DynamoContract::n)
          .filter(onIndex.matches()).map(v -> new BigDecimal(v.n())).toList();
      for (boolean forward : List.of(true, false)) {
        for (Integer limit : Arrays.asList(null, 1)) {
          List<BigDecimal> read = readAll(table, "by-g", "gsk", onIndex, forward, limit).stream()
              .map(v -> new BigDecimal(v.n())).toList();
          List<BigDecimal> expected = new ArrayList<>(ascending);
          if (!forward) {
            java.util.Collections.reverse(expected);
          }
          assertThat(read).as("%s forward=%s limit=%s", onIndex.expression(), forward, limit)
              .usingElementComparator(BigDecimal::compareTo)
              .containsExactlyElementsOf(expected);
        }
      }
    }
  }

  /** Both directions, in one page and in pages of 1, against the expected ascending list. */
  private void checkAllWays(String table, Case c, List<AttributeValue> ascending) {
    List<AttributeValue> descending = new ArrayList<>(ascending);
    java.util.Collections.reverse(descending);
    for (boolean forward : List.of(true, false)) {
      for (Integer limit : Arrays.asList(null, 1)) {
        List<AttributeValue> read = readAll(table, c, forward, limit);
        assertThat(read).as("%s forward=%s limit=%s", c.expression(), forward, limit)
            .containsExactlyElementsOf(forward ? ascending : descending);
      }
    }
  }

  private List<AttributeValue> readAll(String table, Case c, boolean forward, Integer limit) {
    return readAll(table, null, "sk", c, forward, limit);
  }

  private List<AttributeValue> readAll(String table, String index, String sortKey, Case c,
      boolean forward, Integer limit) {
    List<AttributeValue> read = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(index)
          .keyConditionExpression(c.expression()).expressionAttributeValues(c.values())
          .scanIndexForward(forward).limit(limit);
      if (start != null) {
        request.exclusiveStartKey(start);
      }
      QueryResponse page = dynamo.query(request.build());
      assertThat(page.scannedCount()).as("ScannedCount counts only the range's items")
          .isEqualTo(page.count());
      page.items().forEach(i -> read.add(i.get(sortKey)));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
          ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return read;
  }
}
