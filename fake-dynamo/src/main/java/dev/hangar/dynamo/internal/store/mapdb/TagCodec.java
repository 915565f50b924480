package dev.hangar.dynamo.internal.store.mapdb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The binary form of a resource's tags in the data directory: a count, then keys and values. */
final class TagCodec {
  private TagCodec() {}

  static byte[] encode(Map<String, String> tags) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(tags.size());
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        out.writeUTF(tag.getKey());
        out.writeUTF(tag.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes tags, in the order they were encoded; damaged bytes fail as damage. */
  static Map<String, String> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int count = in.readInt();
      Map<String, String> tags = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        tags.put(in.readUTF(), in.readUTF());
      }
      return tags;
    } catch (IOException e) {
      throw new IllegalStateException("damaged tags: " + e, e);
    }
  }
}
