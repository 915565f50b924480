package dev.hangar.dynamo.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.MemoryItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.ItemChange;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.HarnessContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The stream checker finds missing and repeated records. */
class StreamInvariantsTest {
  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final HarnessContext context = new HarnessContext() {
    @Override
    public String region() {
      return "us-east-1";
    }

    @Override
    public String accountId() {
      return "123456789012";
    }

    @Override
    public HarnessClock clock() {
      return clock;
    }

    @Override
    public FunctionInvoker functions() {
      throw new UnsupportedOperationException("no functions in this test");
    }

    @Override
    public String newId() {
      return String.format("%08x-0000-0000-0000-000000000000", ids.incrementAndGet());
    }

    @Override
    public void routeHost(String host) {
      throw new UnsupportedOperationException("no hosts in this test");
    }
  };
  private final KeyAttribute pk = new KeyAttribute("pk", "S");
  private final Table table = new Table(new TableDefinition("t", new KeySchema(pk, null),
      List.of(pk), "PAY_PER_REQUEST", 0, 0, clock.now(), "arn:aws:dynamodb:us-east-1:1:table/t",
      "id"), new MemoryItemStore());
  private final StreamCatalog catalog = new StreamCatalog(context);

  private StoredItem item(String key, int x) {
    return StoredItem.of(Map.of("pk", new Value.S(key), "x", new Value.N(
        java.math.BigDecimal.valueOf(x), Integer.toString(x))));
  }

  private TableStream enable() {
    catalog.apply(table, new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES), true);
    return catalog.enabled(table);
  }

  @Test
  void consistentStream_hasNoProblems() {
    TableStream stream = enable();
    PrimaryKey key = new PrimaryKey(new Value.S("a"), null);
    table.write(key, null, item("a", 1), ChangeOrigin.REQUEST);
    table.write(key, item("a", 1), item("a", 2), ChangeOrigin.REQUEST);
    table.write(key, item("a", 2), null, ChangeOrigin.TIME_TO_LIVE);
    assertThat(StreamInvariants.check(stream, table, clock.now())).isEmpty();
  }

  @Test
  void repeatedRecord_isReported() {
    TableStream stream = enable();
    PrimaryKey key = new PrimaryKey(new Value.S("a"), null);
    table.write(key, null, item("a", 1), ChangeOrigin.REQUEST);
    stream.changed(table, new ItemChange(key, null, item("a", 1), ChangeOrigin.REQUEST));
    assertThat(StreamInvariants.check(stream, table, clock.now()))
        .anySatisfy(problem -> assertThat(problem).contains("missing or repeated"));
  }

  @Test
  void missingRecord_isReported() {
    TableStream stream = enable();
    PrimaryKey key = new PrimaryKey(new Value.S("a"), null);
    table.write(key, null, item("a", 1), ChangeOrigin.REQUEST);
    table.removeListener(stream);
    table.write(key, item("a", 1), item("a", 2), ChangeOrigin.REQUEST);
    table.addListener(stream);
    table.write(key, item("a", 2), item("a", 3), ChangeOrigin.REQUEST);
    assertThat(StreamInvariants.check(stream, table, clock.now()))
        .anySatisfy(problem -> assertThat(problem).contains("missing or repeated"));
  }
}
