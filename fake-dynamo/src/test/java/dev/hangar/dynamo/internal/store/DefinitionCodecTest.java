package dev.hangar.dynamo.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table definitions, with their indexes and deletion protection, decode to what was encoded. */
class DefinitionCodecTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";

  private static TableDefinition indexed(boolean protection) {
    KeyAttribute pk = new KeyAttribute("pk", "S");
    KeyAttribute sk = new KeyAttribute("sk", "N");
    KeyAttribute status = new KeyAttribute("status", "S");
    KeyAttribute created = new KeyAttribute("created", "N");
    IndexDefinition global = new IndexDefinition("byStatus", true, new KeySchema(status, created),
        "INCLUDE", List.of("title", "owner"), "ACTIVE", false, 5, 7, ARN + "/index/byStatus");
    IndexDefinition keysOnly = new IndexDefinition("byStatusOnly", true, new KeySchema(status, null),
        "KEYS_ONLY", List.of(), "CREATING", true, 0, 0, ARN + "/index/byStatusOnly");
    IndexDefinition local = new IndexDefinition("byCreated", false, new KeySchema(pk, created),
        "ALL", List.of(), "ACTIVE", false, 0, 0, ARN + "/index/byCreated");
    return new TableDefinition("orders", new KeySchema(pk, sk), List.of(pk, sk, status, created),
        "PROVISIONED", 3, 4, Instant.parse("2026-01-01T00:00:00.123456789Z"), ARN, "id-1",
        List.of(global, keysOnly), List.of(local), protection);
  }

  @Test
  void definitionWithIndexesAndDeletionProtection_decodesToTheSameDefinition() {
    for (boolean protection : new boolean[] {true, false}) {
      TableDefinition definition = indexed(protection);
      assertThat(DefinitionCodec.decode(DefinitionCodec.encode(definition)))
          .isEqualTo(definition);
    }
  }

  @Test
  void definitionWithoutIndexes_decodesToTheSameDefinition() {
    KeyAttribute pk = new KeyAttribute("pk", "B");
    TableDefinition definition = new TableDefinition("plain", new KeySchema(pk, null),
        List.of(pk), "PAY_PER_REQUEST", 0, 0, Instant.EPOCH, ARN, "id-2");
    assertThat(DefinitionCodec.decode(DefinitionCodec.encode(definition))).isEqualTo(definition);
  }

  @Test
  void definitionOfTheFirstFormat_isRefusedWithBothFormats() {
    byte[] bytes = DefinitionCodec.encode(indexed(false));
    ByteBuffer.wrap(bytes).putInt(0, 1);
    assertThatThrownBy(() -> DefinitionCodec.decode(bytes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("table definition format 1 (this version of Hangar reads format 2)");
  }
}
