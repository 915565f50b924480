package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The standalone DynamoDB server in its own process, as the README starts it for the AWS CLI, other
 * languages or {@code sam local} ({@code java -jar fake-dynamo/target/fake-dynamo-server.jar --port 0};
 * here with the same main class on the test's class path, so that the test does not depend on the
 * jar having been packaged). A client pointed at the printed URL talks to it over real HTTP; SIGTERM
 * stops it cleanly.
 */
class StandaloneServerTest {
    private static final String MAIN_CLASS = "dev.hangar.dynamo.internal.server.DynamoServer";
    private static final Pattern LISTENING = Pattern.compile("Hangar fake DynamoDB listening on (http://127\\.0\\.0\\.1:\\d+)/?");

    @Test
    void theServer_printsItsUrl_servesTheOrderTableOverHttp_andStopsOnSigterm() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MAIN_CLASS, "--port", "0")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String firstLine = output.readLine();
            Matcher listening = LISTENING.matcher(String.valueOf(firstLine));
            assertThat(listening.matches()).as("first line: %s", firstLine).isTrue();

            try (DynamoDbClient dynamo = DynamoDbClient.builder()
                    .endpointOverride(URI.create(listening.group(1)))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build()) {
                dynamo.createTable(request -> request.tableName("orders-local")
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(
                                AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                                AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                        .keySchema(
                                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
                Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("ORDER#o-1"), "sk", AttributeValue.fromS("ORDER"));
                dynamo.putItem(request -> request.tableName("orders-local").item(Map.of(
                        "pk", key.get("pk"), "sk", key.get("sk"), "status", AttributeValue.fromS("PENDING"))));

                assertThat(dynamo.listTables().tableNames()).containsExactly("orders-local");
                assertThat(dynamo.getItem(request -> request.tableName("orders-local").key(key)).item())
                        .containsEntry("status", AttributeValue.fromS("PENDING"));
            }

            server.toHandle().destroy(); // SIGTERM, leaving the output readable
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stopped (a hang guard)").isTrue();
            assertThat(output.readLine()).isEqualTo("Hangar fake DynamoDB stopped");
        } finally {
            server.destroyForcibly();
        }
    }
}
