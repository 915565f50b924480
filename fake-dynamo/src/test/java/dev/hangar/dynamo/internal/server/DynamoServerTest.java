package dev.hangar.dynamo.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The standalone server: a child JVM serving on loopback, stopped with SIGTERM. */
class DynamoServerTest {

  @Test
  void server_printsUrl_answersSdk_andStopsCleanlyOnSigterm() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process server = new ProcessBuilder(List.of(java.toString(), "-cp",
        System.getProperty("java.class.path"), DynamoServer.class.getName(), "--port", "0"))
        .redirectErrorStream(true)
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertThat(first).startsWith("Hangar fake DynamoDB listening on http://127.0.0.1:");
      URI uri = URI.create(first.substring(first.indexOf("http://")));
      try (DynamoDbClient client = DynamoDbClient.builder()
          .endpointOverride(uri)
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
          .httpClient(UrlConnectionHttpClient.create())
          .build()) {
        assertThat(client.listTables().tableNames()).isEmpty();
      }
      // SIGTERM, leaving our end of the pipe open (Process.destroy closes it).
      assertThat(server.toHandle().destroy()).isTrue();
      assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(out.readLine()).isEqualTo("Hangar fake DynamoDB stopped");
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void server_withDataDir_keepsTablesAcrossRestarts(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    for (int run = 0; run < 2; run++) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process server = new ProcessBuilder(List.of(java.toString(), "-cp",
          System.getProperty("java.class.path"), DynamoServer.class.getName(), "--port", "0",
          "--data-dir", dir.resolve("data").toString()))
          .redirectError(dir.resolve("server.err").toFile())
          .start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        String first = out.readLine();
        URI uri = URI.create(first.substring(first.indexOf("http://")));
        try (DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(uri)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
          if (run == 0) {
            client.createTable(b -> b.tableName("kept").billingMode("PAY_PER_REQUEST")
                .keySchema(software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
                    .attributeName("pk").keyType("HASH").build())
                .attributeDefinitions(software.amazon.awssdk.services.dynamodb.model
                    .AttributeDefinition.builder().attributeName("pk").attributeType("S")
                    .build()));
          }
          assertThat(client.listTables().tableNames()).containsExactly("kept");
        }
        assertThat(server.toHandle().destroy()).isTrue();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
      } finally {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void parse_readsDataDir() {
    assertThat(DynamoServer.parse(new String[] {"--data-dir", "d", "--port", "1"}, System.err))
        .isEqualTo(new DynamoServer.Options(1, Path.of("d")));
    assertThat(DynamoServer.parse(new String[] {}, System.err))
        .isEqualTo(new DynamoServer.Options(8000, null));
  }

  @Test
  void parsePort_rejectsUnknownArguments_withUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(DynamoServer.parsePort(new String[] {"--prot", "1"},
        new PrintStream(err, true, StandardCharsets.UTF_8))).isNull();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown argument '--prot'.")
        .contains("Usage: java -jar fake-dynamo-server.jar");
    assertThat(DynamoServer.parsePort(new String[] {"--port", "70000"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isNull();
    assertThat(DynamoServer.parsePort(new String[] {}, System.err)).isEqualTo(8000);
  }
}
