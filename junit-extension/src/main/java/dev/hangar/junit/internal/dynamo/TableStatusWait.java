package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.Harness;
import java.time.Duration;

/**
 * Waits for a table to become ACTIVE (with all its global secondary indexes) or to be gone, as the
 * SDK's {@code tableExists} / {@code tableNotExists} waiters do. Hangar's fake answers ACTIVE at
 * once (unless {@code tableTransitions} is set), so only real endpoints make it wait.
 */
final class TableStatusWait {
  /** Creating a table with indexes on AWS takes seconds to minutes; past this, something is wrong. */
  private static final Duration LIMIT = Duration.ofMinutes(10);

  private TableStatusWait() {}

  static void untilActive(Harness harness, String table) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    for (int attempt = 0; ; attempt++) {
      String status;
      try {
        JsonNode described =
            DynamoWire.call(
                    harness, "DescribeTable", DynamoWire.JSON.createObjectNode().put("TableName", table))
                .path("Table");
        if (active(described)) {
          return;
        }
        status = described.path("TableStatus").asText();
      } catch (DynamoWire.Failure e) {
        // DescribeTable is eventually consistent on AWS: a table just created may not be known yet.
        if (!e.type.equals("ResourceNotFoundException")) {
          throw e;
        }
        status = "not yet known";
      }
      pause(attempt, deadline, table, "to become ACTIVE (now " + status + ")");
    }
  }

  static void untilGone(Harness harness, String table) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    for (int attempt = 0; ; attempt++) {
      try {
        DynamoWire.call(harness, "DescribeTable", DynamoWire.JSON.createObjectNode().put("TableName", table));
      } catch (DynamoWire.Failure e) {
        if (e.type.equals("ResourceNotFoundException")) {
          return;
        }
        throw e;
      }
      pause(attempt, deadline, table, "to be deleted");
    }
  }

  private static boolean active(JsonNode table) {
    if (!"ACTIVE".equals(table.path("TableStatus").asText())) {
      return false;
    }
    for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
      if (!"ACTIVE".equals(index.path("IndexStatus").asText("ACTIVE"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Real time, not the harness clock: a real endpoint's table changes state on its own clock, and
   * this path runs only when the endpoint has not finished yet.
   */
  private static void pause(int attempt, long deadline, String table, String what) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(
          "Waited " + LIMIT.toMinutes() + " minutes for table " + table + " " + what + "; giving up");
    }
    try {
      Thread.sleep(Math.min(5_000L, 100L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for table " + table + " " + what, e);
    }
  }
}
