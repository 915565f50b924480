package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A template on a data directory that already holds its tables: a fixture seeded once, reopened. */
class HangarExtensionDataDirectoryTest {
  static volatile Path directory;

  private static HangarExtension onDirectory(String template) {
    return HangarExtension.builder()
        .template(template)
        .service(() -> FakeDynamo.builder().dataDirectory(directory).build())
        .build();
  }

  @ExtendWith(OnlyInTestKit.class)
  @Seed(table = "Users", value = "users.json")
  static class SeedsTheDirectory {
    @RegisterExtension
    static HangarExtension hangar = onDirectory("templates/fixture-users.yaml");

    @Test
    void writesAnItemOfItsOwn(DynamoTable users) {
      users.put(Map.of("id", "u9", "name", "Grace"));
      assertThat(users).hasItemCount(3);
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ReopensTheDirectory {
    @RegisterExtension
    static HangarExtension hangar = onDirectory("templates/fixture-users.yaml");

    @Test
    void findsTheTableWithItsItems(DynamoTable users) {
      assertThat(users).hasItemCount(3).containsItemWithKey("id", "u1").containsItemWithKey("id", "u9");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class DeclaresAnotherKey {
    @RegisterExtension
    static HangarExtension hangar = onDirectory("templates/fixture-users-sorted.yaml");

    @Test
    void neverRuns() {}
  }

  @Test
  void template_onAReopenedDirectory_usesItsTablesAsTheyAre(@TempDir Path temp) {
    directory = temp.resolve("fixture");
    Fixtures.assertPassed(Fixtures.run(SeedsTheDirectory.class), 1);
    Fixtures.assertPassed(Fixtures.run(ReopensTheDirectory.class), 1);
    Fixtures.assertPassed(Fixtures.run(ReopensTheDirectory.class), 1);
  }

  @Test
  void template_onADirectoryWithAnotherDefinition_failsNamingTableDirectoryAndDifference(
      @TempDir Path temp) {
    directory = temp.resolve("fixture");
    Fixtures.assertPassed(Fixtures.run(SeedsTheDirectory.class), 1);

    Throwable failure = Fixtures.onlyFailure(Fixtures.run(DeclaresAnotherKey.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "HangarExtension: the table fixture-users (Users of templates/fixture-users-sorted.yaml)"
                + " already exists in the data directory "
                + directory.toAbsolutePath()
                + " with another definition: KeySchema: the template declares"
                + " [{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"at\",\"KeyType\":\"RANGE\"}],"
                + " the table has [{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]; key attribute types:"
                + " the template declares {at=N, id=S}, the table has {id=S}. Delete the table (or the"
                + " directory) so that it is created from the template, or make the template match it");
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ResetOnTheDirectory {
    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .template("templates/fixture-users.yaml")
            .lifecycle(HarnessLifecycle.PER_CLASS_WITH_RESET)
            .service(() -> FakeDynamo.builder().dataDirectory(directory).build())
            .build();

    @Test
    void neverRuns() {}
  }

  @Test
  void resetLifecycle_onADataDirectory_isRefusedBeforeItDeletesTheFixture(@TempDir Path temp) {
    directory = temp.resolve("fixture");
    Fixtures.assertPassed(Fixtures.run(SeedsTheDirectory.class), 1);

    Throwable failure = Fixtures.onlyFailure(Fixtures.run(ResetOnTheDirectory.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "HangarExtension has lifecycle PER_CLASS_WITH_RESET, which drops and recreates every"
                + " table before each test, and its FakeDynamo keeps its tables in the data"
                + " directory "
                + directory.toAbsolutePath()
                + ": the reset would delete them there; use PER_CLASS (the directory's tables as"
                + " they are) or PER_METHOD, or a FakeDynamo without a data directory");
    Fixtures.assertPassed(Fixtures.run(ReopensTheDirectory.class), 1);
  }
}
