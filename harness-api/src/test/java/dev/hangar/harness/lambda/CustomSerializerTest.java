package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomSerializerTest {
  private final Harness harness = Harness.builder().build();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void customPojoSerializerFromMetaInfServices_replacesTheDefaultSerialization(@TempDir Path dir)
      throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("com.amazonaws.services.lambda.runtime.CustomPojoSerializer"),
        ShoutingSerializer.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader deployment = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
      // The function's class loader is the context loader at registration, as a deployment package would be.
      thread.setContextClassLoader(deployment);
      harness.lambda().register(
          FunctionDefinition.builder("custom").handler(Handlers.Pojo.class.getName() + "::greet").build());
    } finally {
      thread.setContextClassLoader(previous);
    }
    assertThat(harness.lambda().invokeJson("custom", "{\"raw\":1}").payloadAsString())
        .isEqualTo("\"HELLO {\"RAW\":1} FROM CUSTOM\"");
  }
}
