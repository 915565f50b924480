package dev.hangar.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MapDB is optional: without it on the class path, memory works and a data directory says why not. */
class OptionalMapDbTest {
  @TempDir Path directory;

  private static boolean notMapDb(String entry) {
    String name = Path.of(entry).getFileName().toString();
    return !(name.startsWith("mapdb-") || name.startsWith("kotlin-") || name.startsWith("guava-")
        || name.startsWith("eclipse-collections") || name.startsWith("lz4-")
        || name.startsWith("elsa-"));
  }

  @Test
  void withoutMapDb_memoryWorks_andADataDirectoryNamesTheDependency()
      throws IOException, InterruptedException {
    Path data = directory.resolve("data");
    Path errors = directory.resolve("child.err");
    Process child = ChildJvm.start(WithoutMapDb.class, OptionalMapDbTest::notMapDb, errors,
        data.toString());
    byte[] out = child.getInputStream().readAllBytes();
    assertThat(child.waitFor()).as(() -> Files.exists(errors) ? read(errors) : "").isZero();
    List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly(
        "memory: 1",
        "java.lang.IllegalStateException: FakeDynamo keeps a data directory (" + data + ") with"
            + " MapDB, which is not on the class path: add the dependency org.mapdb:mapdb:3.1.0"
            + " (with its transitive dependencies) to the class path",
        "absent: org.mapdb.DBMaker",
        "absent: kotlin.Unit",
        "absent: com.google.common.collect.ImmutableList");
    assertThat(data).doesNotExist();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
