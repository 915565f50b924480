package dev.hangar.harness.lambda;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A custom serializer that hands handlers the raw payload text and writes results upper-cased. */
public final class ShoutingSerializer implements CustomPojoSerializer {
  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJson(InputStream input, Type type) {
    try {
      return (T) new String(input.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T fromJson(String input, Type type) {
    return fromJson(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), type);
  }

  @Override
  public <T> void toJson(T value, OutputStream output, Type type) {
    try {
      output.write(("\"" + value.toString().toUpperCase(Locale.ROOT) + "\"").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
