package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code assertThat(table.stream())}: records read through DynamoDB Streams, and failure texts. */
class HangarExtensionStreamAssertTest {
  private static final String START = "2026-01-01T00:00:00Z";

  /** Inserts o-1, pays it, deletes it; inserts o-2 that expires and lets TTL delete it. */
  static void writeHistory(DynamoTable orders, DynamoDbClient client, HarnessClock clock) {
    orders.put(Map.of("id", "o-1", "status", "NEW", "total", 5));
    orders.put(Map.of("id", "o-1", "status", "PAID", "total", 5));
    client.deleteItem(b -> b.tableName(orders.name()).key(Map.of("id", AttributeValue.fromS("o-1"))));
    long expiresAt = Instant.parse(START).getEpochSecond() + 60;
    orders.put(Map.of("id", "o-2", "status", "NEW", "expiresAt", expiresAt));
    clock.advance(Duration.ofHours(2));
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml", clock = START)
  static class Passing {
    @Test
    void historyReadsAsWritten(
        @Named("Orders") DynamoTable orders, DynamoDbClient client, HarnessClock clock) {
      writeHistory(orders, client, clock);
      assertThat(orders.stream())
          .hasRecords(5)
          .hasEventsInOrder("INSERT", "MODIFY", "REMOVE", "INSERT", "REMOVE")
          .hasEventsInOrderFor(Map.of("id", "o-1"), "INSERT", "MODIFY", "REMOVE")
          .hasInsertOf(Map.of("id", "o-1", "status", "NEW", "total", 5.0))
          .and()
          .hasModifyOf(Map.of("id", "o-1"))
          .withOldImage(Map.of("status", "NEW"))
          .withNewImage(Map.of("status", "PAID"))
          .and()
          .hasRemoveOf(Map.of("id", "o-1"))
          .withOldImage(Map.of("status", "PAID"))
          .and()
          .hasTtlRemoveOf(Map.of("id", "o-2"))
          .withOldImage(Map.of("status", "NEW"));
      StreamRecord ttl = orders.stream().records().get(4);
      assertThat(ttl.isTtlDeletion()).isTrue();
      assertThat(ttl.newImage()).isEmpty();
      assertThat(orders.stream().records().get(2).isTtlDeletion()).isFalse();
    }

    @Test
    void keysOnlyStream_insertMatchesByKey(@Named("Keys") DynamoTable keys) {
      keys.put(Map.of("id", "k-1", "note", "x"));
      assertThat(keys.stream()).hasRecords(1).hasInsertOf(Map.of("id", "k-1", "note", "anything"));
      assertThat(keys.stream().records().get(0).toJson(JsonStyle.DYNAMODB))
          .isEqualTo("{\"eventName\":\"INSERT\",\"Keys\":{\"id\":{\"S\":\"k-1\"}}}");
    }

    @Test
    void emptyStream_hasNoRecords(@Named("Orders") DynamoTable orders) {
      assertThat(orders.stream()).hasNoRecords();
    }
  }

  @Test
  void streamAssertions_passOnWhatTheTableDid() {
    Fixtures.assertPassed(Fixtures.run(Passing.class), 3);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml", clock = START)
  static class WrongCount {
    @Test
    void test(@Named("Orders") DynamoTable orders) {
      // Sorted, so that the failure text has one attribute order.
      orders.put(new TreeMap<>(Map.of("id", "o-1", "total", 5, "tags", java.util.Set.of("a"))));
      assertThat(orders.stream()).hasRecords(2);
    }
  }

  @Test
  void hasRecords_failure_listsTheRecordsInPlainJson() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(WrongCount.class));
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected the stream of table hangar-Orders-%s to hold 2 records but it holds 1:%n"
                + "  1. {\"eventName\":\"INSERT\",\"Keys\":{\"id\":\"o-1\"},"
                + "\"NewImage\":{\"id\":\"o-1\",\"tags\":[\"a\"],\"total\":5}}",
            tableSuffix(failure));
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml", clock = START)
  static class WrongImageInDynamoJson {
    @Test
    void test(@Named("Orders") DynamoTable orders) {
      orders.put(new TreeMap<>(Map.of("id", "o-1", "status", "NEW")));
      orders.put(new TreeMap<>(Map.of("id", "o-1", "status", "PAID")));
      assertThat(orders.stream())
          .inJson(JsonStyle.DYNAMODB)
          .hasModifyOf(Map.of("id", "o-1"))
          .withNewImage(Map.of("status", "SHIPPED"));
    }
  }

  @Test
  void withNewImage_failure_listsTheRecordsInDynamoDbJson_whenChosen() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(WrongImageInDynamoJson.class));
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected the stream of table hangar-Orders-%s to hold a MODIFY of {id=o-1} with new"
                + " image {status=SHIPPED} but its records are:%n"
                + "  1. {\"eventName\":\"INSERT\",\"Keys\":{\"id\":{\"S\":\"o-1\"}},"
                + "\"NewImage\":{\"id\":{\"S\":\"o-1\"},\"status\":{\"S\":\"NEW\"}}}%n"
                + "  2. {\"eventName\":\"MODIFY\",\"Keys\":{\"id\":{\"S\":\"o-1\"}},"
                + "\"NewImage\":{\"id\":{\"S\":\"o-1\"},\"status\":{\"S\":\"PAID\"}},"
                + "\"OldImage\":{\"id\":{\"S\":\"o-1\"},\"status\":{\"S\":\"NEW\"}}}",
            tableSuffix(failure));
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml", clock = START)
  static class UserRemoveIsNotTtl {
    @Test
    void test(@Named("Orders") DynamoTable orders, DynamoDbClient client) {
      orders.put(Map.of("id", "o-1"));
      client.deleteItem(b -> b.tableName(orders.name()).key(Map.of("id", AttributeValue.fromS("o-1"))));
      assertThat(orders.stream()).hasRemoveOf(Map.of("id", "o-1"));
      assertThat(orders.stream()).hasTtlRemoveOf(Map.of("id", "o-1"));
    }
  }

  @Test
  void hasTtlRemoveOf_failsForARemoveAUserMade() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(UserRemoveIsNotTtl.class));
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected the stream of table hangar-Orders-"
                + tableSuffix(failure)
                + " to hold a Time to Live REMOVE (userIdentity Service/dynamodb.amazonaws.com) of"
                + " {id=o-1} but its records are:")
        .hasMessageContaining("  2. {\"eventName\":\"REMOVE\",\"Keys\":{\"id\":\"o-1\"},\"OldImage\":{\"id\":\"o-1\"}}");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml")
  static class NoStream {
    @Test
    void test(@Named("Quiet") DynamoTable quiet) {
      assertThat(quiet.stream()).hasNoRecords();
    }
  }

  @Test
  void tableWithoutStream_failsNamingHowToEnableIt() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(NoStream.class));
    assertThat(failure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageMatching(
            "Table hangar-Quiet-[A-Z0-9]{12} has no stream enabled; declare StreamSpecification:"
                + " \\{StreamViewType: NEW_AND_OLD_IMAGES\\} on it \\(template\\) or pass"
                + " StreamSpecification to CreateTable");
  }

  @Test
  void assertThatNullStream_failsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((TableStream) null).hasRecords(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  /** The generated part of the Orders table's name, read from the failure (it is stable per stack). */
  private static String tableSuffix(Throwable failure) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("hangar-Orders-([A-Z0-9]{12})").matcher(failure.getMessage());
    assertThat(m.find()).as("table name in: %s", failure.getMessage()).isTrue();
    return m.group(1);
  }
}
