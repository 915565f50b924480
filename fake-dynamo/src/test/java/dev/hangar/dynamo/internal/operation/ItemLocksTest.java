package dev.hangar.dynamo.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Conflicts are decided on exact items while a transaction holds its locks. */
class ItemLocksTest {
  private final ItemLocks locks = new ItemLocks();
  private final ItemLocks.Target a = new ItemLocks.Target("t", new PrimaryKey(new Value.S("a"), null));
  private final ItemLocks.Target b = new ItemLocks.Target("t", new PrimaryKey(new Value.S("b"), null));

  @Test
  void singleWrite_toAnItemInAWriteTransaction_isTransactionConflict() throws Exception {
    int[] held = locks.lockAll(List.of(a, b), true);
    try {
      Throwable thrown = CompletableFuture.supplyAsync(() -> catchThrowable(
          () -> locks.lockForWrite(a))).get(10, TimeUnit.SECONDS);
      assertThat(thrown).isInstanceOf(DynamoException.class)
          .hasMessage("Transaction is ongoing for the item");
      assertThat(((DynamoException) thrown).shortType()).isEqualTo("TransactionConflictException");
    } finally {
      locks.unlockAll(held, List.of(a, b), true);
    }
    int stripe = locks.lockForWrite(a);
    locks.unlock(stripe);
  }

  @Test
  void secondTransaction_onAnItemInATransaction_conflictsAtThatItemsIndex() throws Exception {
    ItemLocks.Target c = new ItemLocks.Target("t", new PrimaryKey(new Value.S("c"), null));
    int[] held = locks.lockAll(List.of(b), true);
    try {
      Throwable thrown = CompletableFuture.supplyAsync(() -> catchThrowable(
          () -> locks.lockAll(List.of(c, b), true))).get(10, TimeUnit.SECONDS);
      assertThat(thrown).isInstanceOf(ItemLocks.ConflictException.class);
      assertThat(((ItemLocks.ConflictException) thrown).index()).isEqualTo(1);
    } finally {
      locks.unlockAll(held, List.of(b), true);
    }
  }

  @Test
  void readTransaction_doesNotHoldItsItemsAgainstWriters() {
    int[] held = locks.lockAll(List.of(a), false);
    locks.unlockAll(held, List.of(a), false);
    int stripe = locks.lockForWrite(a);
    locks.unlock(stripe);
  }
}
