package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem and BatchGetItem. */
class BatchContractTest extends DynamoContract {

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  @Test
  void batchWrite_thenBatchGet_returnsEveryItem() {
    String table = hashTable();
    List<WriteRequest> writes = new ArrayList<>();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      writes.add(put(item("pk", s("k" + i), "v", n(String.valueOf(i)))));
      keys.add(item("pk", s("k" + i)));
    }
    var written = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, writes)));
    assertThat(written.unprocessedItems()).isEmpty();
    var got = dynamo.batchGetItem(b -> b.requestItems(
        Map.of(table, KeysAndAttributes.builder().keys(keys).build())));
    assertThat(got.responses().get(table)).hasSize(25);
    assertThat(got.unprocessedKeys()).isEmpty();
  }

  @Test
  void batchWrite_26Requests_isTooMany() {
    String table = hashTable();
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      writes.add(put(item("pk", s("k" + i))));
    }
    assertFails(DynamoDbException.class, "Too many items requested for the BatchWriteItem call",
        () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, writes))));
  }

  @Test
  void batchWrite_sameKeyTwice_isDuplicates_andNothingIsWritten() {
    String table = hashTable();
    List<WriteRequest> writes = List.of(
        put(item("pk", s("other"))),
        put(item("pk", s("a"))),
        WriteRequest.builder().deleteRequest(
            DeleteRequest.builder().key(item("pk", s("a"))).build()).build());
    assertFails(DynamoDbException.class, "Provided list of item keys contains duplicates",
        () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, writes))));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("other")))).hasItem())
        .isFalse();
  }

  @Test
  void batchGet_101Keys_isTooMany() {
    String table = hashTable();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(item("pk", s("k" + i)));
    }
    assertFails(DynamoDbException.class, "Too many items requested for the BatchGetItem call",
        () -> dynamo.batchGetItem(b -> b.requestItems(
            Map.of(table, KeysAndAttributes.builder().keys(keys).build()))));
  }

  @Test
  void batchGet_duplicateKeys_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class, "Provided list of item keys contains duplicates",
        () -> dynamo.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder()
            .keys(List.of(item("pk", s("a")), item("pk", s("a")))).build()))));
  }

  @Test
  void batchGet_over16MiB_returnsTheRestAsUnprocessedKeys() {
    String table = hashTable();
    String payload = "x".repeat(390 * 1024);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String key = "big-" + i;
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s(key), "d", s(payload))));
      keys.add(item("pk", s(key)));
    }
    var got = dynamo.batchGetItem(b -> b.requestItems(
        Map.of(table, KeysAndAttributes.builder().keys(keys).build())));
    int returned = got.responses().get(table).size();
    int unprocessed = got.unprocessedKeys().get(table).keys().size();
    assertThat(returned).isLessThan(45);
    assertThat(returned + unprocessed).isEqualTo(45);
  }
}
