package dev.hangar.dynamo.internal.stream;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.store.ValueCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The binary forms a durable engine keeps for streams: a stream's state (what DescribeStream
 * shows, and the positions that make a reader's stored sequence number valid again after a
 * reopen) and its records (images in {@link ValueCodec}'s form). Each starts with a format number.
 */
final class StreamCodec {
  private static final int FORMAT = 1;
  private static final String[] EVENTS = {"INSERT", "MODIFY", "REMOVE"};

  private StreamCodec() {}

  /** What a durable engine keeps of a stream. */
  record State(
      String arn, String label, StreamViewType viewType, Instant created, String shardId,
      long start, long end, long trimmedBelow, Instant disabledAt) {}

  static byte[] encode(State state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(state.arn());
      out.writeUTF(state.label());
      out.writeUTF(state.viewType().name());
      writeInstant(out, state.created());
      out.writeUTF(state.shardId());
      out.writeLong(state.start());
      out.writeLong(state.end());
      out.writeLong(state.trimmedBelow());
      out.writeBoolean(state.disabledAt() != null);
      if (state.disabledAt() != null) {
        writeInstant(out, state.disabledAt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static State decodeState(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      checkFormat(in.readByte(), "stream state");
      String arn = in.readUTF();
      String label = in.readUTF();
      StreamViewType viewType = StreamViewType.valueOf(in.readUTF());
      Instant created = readInstant(in);
      String shardId = in.readUTF();
      long start = in.readLong();
      long end = in.readLong();
      long trimmedBelow = in.readLong();
      Instant disabledAt = in.readBoolean() ? readInstant(in) : null;
      return new State(arn, label, viewType, created, shardId, start, end, trimmedBelow,
          disabledAt);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("damaged stream state: " + e, e);
    }
  }

  static byte[] encode(ChangeRecord record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(
        record.sizeBytes() * 2 + 128, 1 << 20));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(record.eventId());
      out.writeByte(java.util.Arrays.asList(EVENTS).indexOf(record.eventName()));
      out.writeUTF(record.region());
      writeInstant(out, record.created());
      out.writeLong(record.sizeBytes());
      out.writeBoolean(record.byTimeToLive());
      writeImage(out, record.keys());
      writeImage(out, record.newImage());
      writeImage(out, record.oldImage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static ChangeRecord decodeRecord(long position, byte[] bytes, StreamViewType viewType) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      checkFormat(in.readByte(), "stream record");
      String eventId = in.readUTF();
      String eventName = EVENTS[in.readByte()];
      String region = in.readUTF();
      Instant created = readInstant(in);
      long size = in.readLong();
      boolean byTimeToLive = in.readBoolean();
      Map<String, Value> keys = readImage(in);
      Map<String, Value> newImage = readImage(in);
      Map<String, Value> oldImage = readImage(in);
      return new ChangeRecord(position, eventId, eventName, region, created, keys, newImage,
          oldImage, size, viewType, byTimeToLive);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("damaged stream record " + position + ": " + e, e);
    }
  }

  private static void checkFormat(byte format, String what) {
    if (format != FORMAT) {
      throw new IllegalStateException("unknown " + what + " format " + format);
    }
  }

  private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  private static void writeImage(DataOutputStream out, Map<String, Value> image)
      throws IOException {
    if (image == null) {
      out.writeInt(-1);
      return;
    }
    byte[] encoded = ValueCodec.encode(StoredItem.of(image));
    out.writeInt(encoded.length);
    out.write(encoded);
  }

  private static Map<String, Value> readImage(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] encoded = in.readNBytes(length);
    if (encoded.length != length) {
      throw new IOException("truncated image");
    }
    return ValueCodec.decode(encoded).attributes();
  }
}
