package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Scan: pages, Limit, the 1 MB page, Select COUNT and parallel segments. */
class ScanContractTest extends DynamoContract {

  private String tableWith(int items) {
    String table = hashTable();
    for (int i = 0; i < items; i++) {
      String key = "item-" + i;
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s(key))));
    }
    return table;
  }

  private List<String> scanAll(String table, Integer limit) {
    List<String> keys = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page = dynamo.scan(b -> b.tableName(table).limit(limit).exclusiveStartKey(from));
      keys.addAll(strings(page.items(), "pk"));
      start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return keys;
  }

  @Test
  void scan_withLimit_pagesThroughEveryItemOnce() {
    String table = tableWith(23);
    List<String> keys = scanAll(table, 5);
    assertThat(keys).hasSize(23).doesNotHaveDuplicates();
  }

  @Test
  void scan_order_isNotInsertionOrder() {
    String table = tableWith(30);
    List<String> inserted = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      inserted.add("item-" + i);
    }
    List<String> scanned = scanAll(table, null);
    assertThat(scanned).containsExactlyInAnyOrderElementsOf(inserted);
    assertThat(scanned).isNotEqualTo(inserted);
    assertThat(scanned).isNotEqualTo(inserted.stream().sorted().toList());
  }

  @Test
  void scan_limitReached_returnsLastEvaluatedKeyOfLastItemRead() {
    String table = tableWith(3);
    ScanResponse page = dynamo.scan(b -> b.tableName(table).limit(2));
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.scannedCount()).isEqualTo(2);
    assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", page.items().get(1).get("pk")));
  }

  @Test
  void scan_selectCount_returnsCountsWithoutItems() {
    String table = tableWith(7);
    ScanResponse page = dynamo.scan(b -> b.tableName(table).select(Select.COUNT));
    assertThat(page.count()).isEqualTo(7);
    assertThat(page.scannedCount()).isEqualTo(7);
    assertThat(page.hasItems()).isFalse();
  }

  @Test
  void scan_largeItems_stopsPageAtOneMebibyte() {
    String table = hashTable();
    String payload = "x".repeat(300 * 1024);
    for (int i = 0; i < 6; i++) {
      String key = "big-" + i;
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s(key), "d", s(payload))));
    }
    ScanResponse first = dynamo.scan(b -> b.tableName(table));
    assertThat(first.count()).isBetween(3, 4);
    assertThat(first.hasLastEvaluatedKey()).isTrue();
    assertThat(scanAll(table, null)).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void scan_parallelSegments_holdEveryItemExactlyOnce() {
    assumeAwsBehaviourOnLocal("parallel-scan segments are ignored");
    String table = tableWith(40);
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int segment = 0; segment < 4; segment++) {
      int current = segment;
      ScanResponse page =
          dynamo.scan(b -> b.tableName(table).segment(current).totalSegments(4));
      total += page.count();
      seen.addAll(strings(page.items(), "pk"));
    }
    assertThat(total).isEqualTo(40);
    assertThat(seen).hasSize(40);
  }

  @Test
  void scan_segmentNotBelowTotal_isRejected() {
    assumeAwsBehaviourOnLocal("reports it as a constraint on segment (TotalSegments - 1)");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "The Segment parameter is zero-based and must be less than parameter TotalSegments:"
            + " Segment: 3 is not less than TotalSegments: 3",
        () -> dynamo.scan(b -> b.tableName(table).segment(3).totalSegments(3)));
  }

  @Test
  void scan_limitZero_failsConstraint() {
    assumeAwsBehaviourOnLocal("says 'Limit must be greater than or equal to 1'");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
            + " must have value greater than or equal to 1",
        () -> dynamo.scan(b -> b.tableName(table).limit(0)));
  }

  @Test
  void scan_selectCountWithProjection_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "Cannot specify the ProjectionExpression when choosing to get only the Count",
        () -> dynamo.scan(b -> b.tableName(table).select(Select.COUNT).projectionExpression("pk")));
  }

  @Test
  void scan_allProjectedAttributesWithoutIndex_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
        () -> dynamo.scan(b -> b.tableName(table).select(Select.ALL_PROJECTED_ATTRIBUTES)));
  }

  @Test
  void consumedCapacity_ofAScan_isTheBytesReadIn4KiBUnits_halvedWhenEventual() {
    String table = hashTable();
    String payload = "x".repeat(3000);
    for (int i = 0; i < 4; i++) {
      String key = "c" + i;
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s(key), "d", s(payload))));
    }
    // 4 items of 3000 + 2 + 2 + 1 bytes = 12020 bytes: 3 units strongly consistent.
    var strong = dynamo.scan(b -> b.tableName(table).consistentRead(true)
        .returnConsumedCapacity(software.amazon.awssdk.services.dynamodb.model
            .ReturnConsumedCapacity.INDEXES));
    assertThat(strong.consumedCapacity().capacityUnits()).isEqualTo(3.0);
    assertThat(strong.consumedCapacity().table().capacityUnits()).isEqualTo(3.0);
    var eventual = dynamo.scan(b -> b.tableName(table).returnConsumedCapacity(
        software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL));
    assertThat(eventual.consumedCapacity().capacityUnits()).isEqualTo(1.5);
  }
}
