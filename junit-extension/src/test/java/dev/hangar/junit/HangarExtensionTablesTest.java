package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class HangarExtensionTablesTest {
  static final List<String> CALLS = new CopyOnWriteArrayList<>();

  @ExtendWith(OnlyInTestKit.class)
  @Seed(table = "Users", value = "users.json")
  static class TemplateTablesAndSeeds {
    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .template("templates/tables.yaml")
            .stackName("shop")
            .service(RecordingDynamo::new)
            .build();

    @Test
    void tablesAreCreatedAndClassSeedsPut(Harness harness) {
      CALLS.addAll(harness.service(RecordingDynamo.class).calls);
    }

    @Test
    @Seed(table = "shop-orders", value = "users-ddb.json")
    void methodSeedsComeAfterClassSeeds(Harness harness) {
      CALLS.addAll(harness.service(RecordingDynamo.class).calls);
    }
  }

  @Test
  void templateTables_areCreatedWithCreateTableAndTtl_thenSeedsArePut() {
    CALLS.clear();
    Fixtures.assertPassed(Fixtures.run(TemplateTablesAndSeeds.class), 2);

    String createOrders =
        "CreateTable {\"TableName\":\"shop-orders\",\"AttributeDefinitions\":["
            + "{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"status\",\"AttributeType\":\"S\"}],"
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
            + "\"BillingMode\":\"PROVISIONED\","
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5},"
            + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"byStatus\","
            + "\"KeySchema\":[{\"AttributeName\":\"status\",\"KeyType\":\"HASH\"}],"
            + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},"
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}],"
            + "\"LocalSecondaryIndexes\":[{\"IndexName\":\"byStatusLocal\","
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"status\",\"KeyType\":\"RANGE\"}],"
            + "\"Projection\":{\"ProjectionType\":\"ALL\"}}],"
            + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"}}";
    String ttl =
        "UpdateTimeToLive {\"TableName\":\"shop-orders\","
            + "\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"expiresAt\"}}";
    assertThat(CALLS).hasSize(5 + 6);
    assertThat(CALLS.get(0)).isEqualTo(createOrders);
    assertThat(CALLS.get(1)).isEqualTo(ttl);
    assertThat(CALLS.get(2))
        .matches(
            "CreateTable \\{\"TableName\":\"shop-Users-[A-Z0-9]{12}\",\"AttributeDefinitions\":"
                + "\\[\\{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"KeySchema\":"
                + "\\[\\{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
    String users = CALLS.get(2).replaceAll(".*\"TableName\":\"([^\"]+)\".*", "$1");
    assertThat(CALLS.get(3))
        .isEqualTo(
            "PutItem {\"TableName\":\""
                + users
                + "\",\"Item\":{\"id\":{\"S\":\"u1\"},\"name\":{\"S\":\"Ada\"},"
                + "\"score\":{\"N\":\"1.50\"},\"big\":{\"N\":\"12345678901234567890123\"},"
                + "\"admin\":{\"BOOL\":true},\"nickname\":{\"NULL\":true},"
                + "\"tags\":{\"L\":[{\"S\":\"a\"},{\"N\":\"2\"}]},"
                + "\"address\":{\"M\":{\"city\":{\"S\":\"London\"},\"zip\":{\"N\":\"10\"}}}}}");
    assertThat(CALLS.get(4))
        .isEqualTo("PutItem {\"TableName\":\"" + users + "\",\"Item\":{\"id\":{\"S\":\"u2\"}}}");
    // The second test has its own harness: the same five calls, then its method seed.
    assertThat(CALLS.subList(5, 10)).isEqualTo(CALLS.subList(0, 5));
    assertThat(CALLS.get(10))
        .isEqualTo(
            "PutItem {\"TableName\":\"shop-orders\",\"Item\":{\"id\":{\"S\":\"u3\"},"
                + "\"raw\":{\"B\":\"AAE=\"},\"set\":{\"SS\":[\"x\",\"y\"]}}}");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-app.yaml", stackName = "shop")
  static class WithFakeDynamo {
    @Test
    void tablesExistInFakeDynamo(DynamoDbClient client) {
      assertThat(client.listTables().tableNames()).singleElement().asString()
          .matches("shop-Users-[A-Z0-9]{12}");
    }
  }

  @Test
  void templateTables_areCreatedInFakeDynamo() {
    Fixtures.assertPassed(Fixtures.run(WithFakeDynamo.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  static class SeedIntoMissingTable {
    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(RecordingDynamo::new).build();

    @Test
    @Seed(table = "Nope", value = "users.json")
    void test() {}
  }

  @Test
  void seedRejectedByTheTable_failsWithDynamoDbsMessageAndTheItem() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(SeedIntoMissingTable.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Seed(table = \"Nope\", value = \"users.json\") on "
                + SeedIntoMissingTable.class.getName()
                + ": item 1 of 2 was rejected: ResourceNotFoundException: Requested resource not"
                + " found");
  }

  @ExtendWith(OnlyInTestKit.class)
  static class MissingSeedFile {
    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(RecordingDynamo::new).build();

    @Test
    @Seed(table = "T", value = "nope.json")
    void test() {}
  }

  @Test
  void missingSeedFile_failsNamingThePlacesTried() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(MissingSeedFile.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Seed(table = \"T\", value = \"nope.json\") on "
                + MissingSeedFile.class.getName()
                + ": the file nope.json was not found: tried the file "
                + java.nio.file.Path.of("nope.json").toAbsolutePath()
                + ", the class-path resource dev/hangar/junit/nope.json and the class-path"
                + " resource nope.json");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class SeedOnNested {
    @Test
    void outer() {}

    @Nested
    @Seed(table = "T", value = "users.json")
    class Inner {
      @Test
      void inner() {}
    }
  }

  @Test
  void seedOnANestedClassWithoutItsOwnHarness_failsSayingWhereToPutIt() {
    List<Throwable> failures = Fixtures.failures(Fixtures.run(SeedOnNested.class));
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Seed on "
                + SeedOnNested.Inner.class.getName()
                + " would not be applied: class-level seeds are applied when a harness is built,"
                + " and this class uses the harness of "
                + SeedOnNested.class.getName()
                + "; move the @Seed there or onto the test methods");
  }
}
