package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.internal.flight.FlightRecord;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.LauncherSessionListener;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class HangarExtensionIsolationTest {

  @ExtendWith(OnlyInTestKit.class)
  static class ParallelUnconfiguredClients {
    static final List<String> REACHED = new CopyOnWriteArrayList<>();
    static final java.util.Set<String> THREADS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(EchoService::new).build();

    @RepeatedTest(40)
    void unconfiguredClientReachesThisTestsHarness(Harness harness) throws Exception {
      String mine = harness.service(EchoService.class).tag;
      try (DynamoDbClient client = DynamoDbClient.create()) {
        assertThat(client.listTables().tableNames()).containsExactly(mine);
      }
      // A thread the test starts inherits the binding.
      AtomicReference<List<String>> fromChild = new AtomicReference<>();
      Thread child =
          new Thread(
              () -> {
                try (DynamoDbClient client = DynamoDbClient.create()) {
                  fromChild.set(client.listTables().tableNames());
                }
              });
      child.start();
      child.join();
      assertThat(fromChild.get()).containsExactly(mine);
      REACHED.add(mine);
      THREADS.add(Thread.currentThread().getName());
    }
  }

  @Test
  void parallelTests_withDynamoDbClientCreate_eachReachOnlyTheirOwnHarness() {
    ParallelUnconfiguredClients.REACHED.clear();
    ParallelUnconfiguredClients.THREADS.clear();
    Fixtures.assertPassed(Fixtures.run(ParallelUnconfiguredClients.class, Fixtures.PARALLEL), 40);
    assertThat(ParallelUnconfiguredClients.REACHED).hasSize(40).doesNotHaveDuplicates();
    assertThat(ParallelUnconfiguredClients.THREADS).as("threads the tests ran on").hasSizeGreaterThan(1);
  }

  /** One of several classes run together; each test checks it reaches its own harness. */
  abstract static class ParallelClass {
    static final List<String> REACHED = new CopyOnWriteArrayList<>();

    void check(Harness harness) {
      String mine = harness.service(EchoService.class).tag;
      try (DynamoDbClient client = DynamoDbClient.create()) {
        assertThat(client.listTables().tableNames()).containsExactly(mine);
      }
      REACHED.add(mine);
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ParallelA extends ParallelClass {
    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(EchoService::new).build();

    @RepeatedTest(10)
    void test(Harness harness) {
      check(harness);
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ParallelB extends ParallelClass {
    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .service(EchoService::new)
            .region("eu-west-1")
            .lifecycle(HarnessLifecycle.PER_CLASS)
            .build();

    @RepeatedTest(10)
    void test(Harness harness) {
      check(harness);
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ParallelC extends ParallelClass {
    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(EchoService::new).build();

    @RepeatedTest(10)
    void test(Harness harness) {
      check(harness);
    }
  }

  @Test
  void parallelClasses_perMethodAndPerClass_eachTestReachesOnlyItsOwnHarness() {
    ParallelClass.REACHED.clear();
    var results =
        org.junit.platform.testkit.engine.EngineTestKit.engine("junit-jupiter")
            .configurationParameter(OnlyInTestKit.PARAMETER, "true")
            .configurationParameters(Fixtures.PARALLEL)
            .selectors(
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(ParallelA.class),
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(ParallelB.class),
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(ParallelC.class))
            .execute();
    Fixtures.assertPassed(results, 30);
    // Per method: 20 harnesses of their own; per class: one harness for B's 10 tests.
    assertThat(ParallelClass.REACHED.stream().distinct()).hasSize(21);
  }

  @Test
  void afterTheTests_unconfiguredClientsNoLongerPointAtHangar() {
    Fixtures.run(ParallelUnconfiguredClients.class, Fixtures.PARALLEL);
    assertThat(System.getProperty("aws.endpointUrl")).isNull();
  }

  @ExtendWith(OnlyInTestKit.class)
  static class ExplicitClient {
    @RegisterExtension
    static HangarExtension hangar = HangarExtension.builder().service(EchoService::new).build();

    @Test
    void injectedClientIsBoundToTheHarness(DynamoDbClient client, Harness harness) {
      assertThat(client.listTables().tableNames())
          .containsExactly(harness.service(EchoService.class).tag);
    }

    @Test
    void injectedEnhancedClientIsBoundToTheHarness(
        software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient enhanced, Harness harness) {
      var table =
          enhanced.table(
              "things",
              software.amazon.awssdk.enhanced.dynamodb.TableSchema.documentSchemaBuilder()
                  .addIndexPartitionKey(
                      software.amazon.awssdk.enhanced.dynamodb.TableMetadata.primaryIndexName(),
                      "id",
                      software.amazon.awssdk.enhanced.dynamodb.AttributeValueType.S)
                  .attributeConverterProviders(
                      software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider
                          .defaultProvider())
                  .build());
      // Only this harness's FakeDynamo knows the table the test created through it.
      table.createTable();
      assertThat(harness.service(dev.hangar.dynamo.FakeDynamo.class)).isNotNull();
      try (DynamoDbClient plain = DynamoDbClient.create()) {
        assertThat(plain.describeTable(r -> r.tableName("things")).table().tableName()).isEqualTo("things");
      }
    }
  }

  @Test
  void injectedSdkClient_reachesTheTestsHarness() {
    Fixtures.assertPassed(Fixtures.run(ExplicitClient.class), 2);
  }

  @ExtendWith(OnlyInTestKit.class)
  static class FailingAfterWork {
    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .service(EchoService::new)
            .clockAt(java.time.Instant.parse("2026-01-01T00:00:00Z"))
            .build();

    @Test
    void fails(HarnessClock clock) {
      clock.advance(Duration.ofHours(1));
      try (DynamoDbClient client = DynamoDbClient.create()) {
        client.listTables();
      }
      assertThat(1).as("the test's own assertion").isEqualTo(2);
    }

    @Test
    void passes() {}
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path reports;

  @Test
  void failure_carriesTheFlightRecordOfTheHarness() throws Exception {
    Throwable failure =
        Fixtures.onlyFailure(
            Fixtures.run(
                FailingAfterWork.class, java.util.Map.of("hangar.report.dir", reports.toString())));

    assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("the test's own assertion");
    assertThat(failure.getSuppressed()).hasSize(1);
    Throwable record = failure.getSuppressed()[0];
    assertThat(record).isInstanceOf(FlightRecord.class);
    assertThat(record.getStackTrace()).isEmpty();
    String[] lines = record.getMessage().split("\\R");
    assertThat(lines[0]).matches("Hangar flight record of Harness\\[hangar-\\d+, us-east-1, services=\\[echo, dynamodb, lambda\\]\\]:");
    assertThat(lines[1]).matches("  1\\. 2026-01-01T01:00:00Z \\[.+\\] clock: moved to 2026-01-01T01:00:00Z");
    // The user's echo service comes first and answers DynamoDB's ListTables: the record names it.
    assertThat(lines[2]).matches("  2\\. 2026-01-01T01:00:00Z \\[.+\\] echo: ListTables -> 200");
    assertThat(lines[3]).isEqualTo("       request:  {}");
    assertThat(lines[4]).matches("       response: \\{\"TableNames\":\\[\"echo-\\d+\"\\]\\}");
    assertThat(lines).hasSize(5);

    String page =
        java.nio.file.Files.readString(reports.resolve(FailingAfterWork.class.getName() + ".html"));
    assertThat(page)
        .contains("<h2>fails(HarnessClock)</h2>")
        .contains("echo: ListTables -&gt; 200")
        .contains("the test&#39;s own assertion".replace("&#39;", "'"));
  }

  @Test
  void ambientHost_withNoHarnessBound_answersWhyInsteadOfGoingAnywhere() {
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(java.net.URI.create("http://ambient.hangar.localhost"))
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .credentialsProvider(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b")))
            .build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(client::listTables)
          .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
          .hasMessageStartingWith(
              "This request went to Hangar's ambient endpoint (http://ambient.hangar.localhost)"
                  + " from thread '"
                  + Thread.currentThread().getName()
                  + "', but no harness is active or bound to that thread");
    }
  }

  @Test
  void launcherSessionListener_isRegisteredAndHasSelectedHangarsTransport() {
    assertThat(ServiceLoader.load(LauncherSessionListener.class).stream().map(p -> p.type().getName()))
        .contains("dev.hangar.junit.internal.TransportSelection");
    // Surefire starts a launcher session for this JVM, so the listener ran before any test.
    assertThat(System.getProperty("software.amazon.awssdk.http.service.impl"))
        .isEqualTo("dev.hangar.harness.internal.transport.HangarSdkHttpService");
  }
}
