package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.store.StoredTimeToLive;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The binary form of a table's settings in the data directory: Time to Live (whether enabled,
 * the attribute, when it last changed) and the entry of a table's latest stream (the name of the
 * map that holds its records, then the state the stream package encoded).
 */
final class SettingCodec {
  private SettingCodec() {}

  static byte[] encodeTimeToLive(StoredTimeToLive setting) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(setting.attribute() != null);
      out.writeUTF(setting.attribute() == null ? "" : setting.attribute());
      out.writeLong(setting.changed().getEpochSecond());
      out.writeInt(setting.changed().getNano());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes a Time to Live setting; damaged bytes fail as damage. */
  static StoredTimeToLive decodeTimeToLive(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      boolean enabled = in.readBoolean();
      String attribute = in.readUTF();
      Instant changed = Instant.ofEpochSecond(in.readLong(), in.readInt());
      return new StoredTimeToLive(enabled ? attribute : null, changed);
    } catch (IOException e) {
      throw new IllegalStateException("damaged Time to Live setting: " + e, e);
    }
  }

  static byte[] encodeStream(String logName, byte[] state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(logName);
      out.write(state);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String streamLogName(byte[] entry) {
    return MapDbStorage.readName(java.nio.ByteBuffer.wrap(entry));
  }

  static byte[] streamState(byte[] entry) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(entry);
    MapDbStorage.readName(buffer);
    byte[] state = new byte[buffer.remaining()];
    buffer.get(state);
    return state;
  }
}
