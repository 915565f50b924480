package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a table definition in a durable store's catalog. A format number leads, so
 * that a definition written by another version is refused rather than misread; a field added to
 * {@link TableDefinition} needs a new format number here.
 */
public final class DefinitionCodec {
  private static final int FORMAT = 2;

  private DefinitionCodec() {}

  /**
   * Encodes a definition.
   *
   * @param definition the definition
   * @return the bytes
   */
  public static byte[] encode(TableDefinition definition) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeUTF(definition.name());
      writeAttribute(out, definition.keySchema().partition());
      out.writeBoolean(definition.keySchema().sort() != null);
      if (definition.keySchema().sort() != null) {
        writeAttribute(out, definition.keySchema().sort());
      }
      out.writeInt(definition.attributeDefinitions().size());
      for (KeyAttribute attribute : definition.attributeDefinitions()) {
        writeAttribute(out, attribute);
      }
      out.writeUTF(definition.billingMode());
      out.writeLong(definition.readCapacityUnits());
      out.writeLong(definition.writeCapacityUnits());
      out.writeLong(definition.created().getEpochSecond());
      out.writeInt(definition.created().getNano());
      out.writeUTF(definition.arn());
      out.writeUTF(definition.tableId());
      writeIndexes(out, definition.globalIndexes());
      writeIndexes(out, definition.localIndexes());
      out.writeBoolean(definition.deletionProtection());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes a definition.
   *
   * @param bytes bytes from {@link #encode(TableDefinition)}
   * @return the definition
   * @throws IllegalStateException when the bytes have another format or are damaged
   */
  public static TableDefinition decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalStateException("table definition format " + format + " (this version of"
            + " Hangar reads format " + FORMAT + ")");
      }
      String name = in.readUTF();
      KeyAttribute partition = readAttribute(in);
      KeyAttribute sort = in.readBoolean() ? readAttribute(in) : null;
      int count = in.readInt();
      List<KeyAttribute> attributes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        attributes.add(readAttribute(in));
      }
      String billingMode = in.readUTF();
      long read = in.readLong();
      long write = in.readLong();
      Instant created = Instant.ofEpochSecond(in.readLong(), in.readInt());
      String arn = in.readUTF();
      String tableId = in.readUTF();
      List<IndexDefinition> globals = readIndexes(in);
      List<IndexDefinition> locals = readIndexes(in);
      boolean protection = in.readBoolean();
      return new TableDefinition(name, new KeySchema(partition, sort), attributes, billingMode,
          read, write, created, arn, tableId, globals, locals, protection);
    } catch (IOException e) {
      throw new IllegalStateException("damaged table definition: " + e, e);
    }
  }

  private static void writeIndexes(DataOutputStream out, List<IndexDefinition> indexes)
      throws IOException {
    out.writeInt(indexes.size());
    for (IndexDefinition index : indexes) {
      out.writeUTF(index.name());
      out.writeBoolean(index.global());
      writeKeySchema(out, index.keySchema());
      out.writeUTF(index.projectionType());
      out.writeInt(index.nonKeyAttributes().size());
      for (String attribute : index.nonKeyAttributes()) {
        out.writeUTF(attribute);
      }
      out.writeUTF(index.status());
      out.writeBoolean(index.backfilling());
      out.writeLong(index.readCapacityUnits());
      out.writeLong(index.writeCapacityUnits());
      out.writeUTF(index.arn());
    }
  }

  private static List<IndexDefinition> readIndexes(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<IndexDefinition> indexes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      boolean global = in.readBoolean();
      KeySchema keySchema = readKeySchema(in);
      String projection = in.readUTF();
      int attributeCount = in.readInt();
      List<String> attributes = new ArrayList<>(attributeCount);
      for (int j = 0; j < attributeCount; j++) {
        attributes.add(in.readUTF());
      }
      indexes.add(new IndexDefinition(name, global, keySchema, projection, attributes,
          in.readUTF(), in.readBoolean(), in.readLong(), in.readLong(), in.readUTF()));
    }
    return indexes;
  }

  private static void writeKeySchema(DataOutputStream out, KeySchema schema) throws IOException {
    writeAttribute(out, schema.partition());
    out.writeBoolean(schema.sort() != null);
    if (schema.sort() != null) {
      writeAttribute(out, schema.sort());
    }
  }

  private static KeySchema readKeySchema(DataInputStream in) throws IOException {
    KeyAttribute partition = readAttribute(in);
    return new KeySchema(partition, in.readBoolean() ? readAttribute(in) : null);
  }

  private static void writeAttribute(DataOutputStream out, KeyAttribute attribute)
      throws IOException {
    out.writeUTF(attribute.name());
    out.writeUTF(attribute.type());
  }

  private static KeyAttribute readAttribute(DataInputStream in) throws IOException {
    return new KeyAttribute(in.readUTF(), in.readUTF());
  }
}
