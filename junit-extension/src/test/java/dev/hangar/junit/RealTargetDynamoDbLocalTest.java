package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * {@code -Dhangar.target=aws} against DynamoDB Local served over HTTP in this JVM: the template's
 * tables are created there under a run's prefix, seeded, used by handlers through {@code
 * DynamoDbClient.create()}, inspected through {@code DynamoTable}, and deleted afterwards. Runs only
 * in the {@code -Pdynamodb-local} profile, which puts DynamoDB Local on the class path.
 */
@EnabledIfSystemProperty(named = "hangar.junit.dynamodbLocal", matches = "true")
class RealTargetDynamoDbLocalTest {
  private static final String RUN_ID = "local1";
  private static Object server;
  private static URI endpoint;
  private static DynamoDbClient direct;
  private static final Map<String, String> PREVIOUS = new LinkedHashMap<>();

  @BeforeAll
  static void startDynamoDbLocal() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Class<?> runner = Class.forName("com.amazonaws.services.dynamodbv2.local.main.ServerRunner");
    server =
        runner
            .getMethod("createServerFromCommandLineArgs", String[].class)
            .invoke(null, (Object) new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
    server.getClass().getMethod("start").invoke(server);
    endpoint = URI.create("http://127.0.0.1:" + port);
    direct =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    Map<String, String> properties =
        Map.of(
            "hangar.target", "aws",
            "hangar.runId", RUN_ID,
            "aws.endpointUrl", endpoint.toString(),
            "aws.region", "eu-west-1",
            "aws.accessKeyId", "local",
            "aws.secretAccessKey", "local");
    properties.forEach((k, v) -> PREVIOUS.put(k, System.setProperty(k, v)));
  }

  @AfterAll
  static void stopDynamoDbLocal() throws Exception {
    PREVIOUS.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
    if (direct != null) {
      direct.close();
    }
    if (server != null) {
      Method stop = server.getClass().getMethod("stop");
      stop.invoke(server);
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/real-target.yaml", region = "us-east-1")
  @Seed(table = "Users", value = "users.json")
  static class OnLocal {
    static final List<String> NAMES = new CopyOnWriteArrayList<>();

    @Test
    void tablesAreReal_seeded_andHandlersReachThem(
        @Named("Users") DynamoTable users, @Named("Events") DynamoTable events, Lambda lambda) {
      NAMES.add(users.name());
      NAMES.add(events.name());
      assertThat(users).hasItemCount(2).containsItemWithKey("id", "u1");
      String saved = lambda.invoke("save-user", Map.of("id", "u3", "name", "Grace"), String.class);
      assertThat(saved).isEqualTo("saved");
      assertThat(users).hasItemCount(3).containsItem(Map.of("id", "u3", "name", "Grace"));
      assertThat(users.stream()).hasInsertOf(Map.of("id", "u3", "name", "Grace"));
      events.put(Map.of("id", "e1", "at", 1, "kind", "login"));
      assertThat(events.item(Map.of("id", "e1", "at", 1))).isPresent();
      // What DynamoDB Local itself reports about the tables the template declared.
      TableDescription usersTable = direct.describeTable(b -> b.tableName(users.name())).table();
      assertThat(usersTable.globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byName");
      assertThat(usersTable.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
      TableDescription eventsTable = direct.describeTable(b -> b.tableName(events.name())).table();
      assertThat(eventsTable.localSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byKind");
      assertThat(direct.describeTimeToLive(b -> b.tableName(events.name())).timeToLiveDescription().timeToLiveStatus())
          .isEqualTo(TimeToLiveStatus.ENABLED);
    }

    @Test
    @Seed(table = "users", value = "users.json")
    void theTemplatesOwnTableName_meansThisHarnessesPrefixedTable(@Named("users") DynamoTable users) {
      NAMES.add(users.name());
      assertThat(users).hasItemCount(2);
    }
  }

  @Test
  void targetAws_createsSeedsAndDeletesTheTemplatesTables_atTheRealEndpoint() {
    OnLocal.NAMES.clear();
    Fixtures.assertPassed(Fixtures.run(OnLocal.class), 2);
    assertThat(OnLocal.NAMES)
        .hasSize(3)
        .doesNotHaveDuplicates()
        .allMatch(n -> n.matches("hangar-" + RUN_ID + "-[0-9a-f]{6}-(users|hangar-Events-[A-Z0-9]{12})"));
    assertThat(direct.listTables().tableNames()).as("no unprefixed table was touched").doesNotContain("users");
    assertThat(direct.listTables().tableNames()).as("tables left at DynamoDB Local").isEmpty();
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/real-target.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  static class WithReset {
    @RepeatedTest(2)
    void eachTestStartsFromTheDeclaredTables(@Named("Users") DynamoTable users) {
      assertThat(users).isEmpty();
      users.put(Map.of("id", "x"));
      assertThat(users.stream()).hasRecords(1);
    }
  }

  @Test
  void targetAws_resetRecreatesOnlyTheHarnessesTables() {
    direct.createTable(
        b -> b.tableName("not-hangars")
            .billingMode("PAY_PER_REQUEST")
            .attributeDefinitions(
                software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
                    .attributeName("id").attributeType("S").build())
            .keySchema(
                software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
                    .attributeName("id").keyType("HASH").build()));
    try {
      Fixtures.assertPassed(Fixtures.run(WithReset.class), 2);
      assertThat(direct.listTables().tableNames()).containsExactly("not-hangars");
    } finally {
      direct.deleteTable(b -> b.tableName("not-hangars"));
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/real-target.yaml", clock = "2026-01-01T00:00:00Z")
  static class TimeTravel {
    @Test
    void test(HarnessClock clock) {
      clock.advance(Duration.ofDays(1));
    }
  }

  @Test
  void targetAws_advancingTheClockWithTimeToLive_failsNamingTheFeatureAndProperty() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(TimeTravel.class)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(
            "The harness clock moved to 2026-01-02T00:00:00Z, but Time to Live on Events"
                + " (attribute expiresAt) does not follow it with hangar.target=aws: the real"
                + " DynamoDB deletes expired items on its own clock, within days. Run tests that"
                + " travel in time against the fakes (without hangar.target=aws)");
    assertThat(direct.listTables().tableNames()).isEmpty();
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/real-target-trigger.yaml")
  static class StreamTrigger {
    @Test
    void test() {}
  }

  @Test
  void targetAws_streamTriggerInTemplate_failsNamingTheFeatureAndProperty() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(StreamTrigger.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on dev.hangar.junit.RealTargetDynamoDbLocalTest$StreamTrigger: the"
                + " DynamoDB stream trigger Changes of function Auditor in"
                + " templates/real-target-trigger.yaml is not supported with hangar.target=aws"
                + " (Hangar does not read real streams into in-process functions); run this class"
                + " against the fakes, or assert on the stream itself with"
                + " assertThat(table.stream())");
    assertThat(direct.listTables().tableNames()).isEmpty();
  }
}
