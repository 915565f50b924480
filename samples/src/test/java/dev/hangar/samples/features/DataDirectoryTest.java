package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.DynamoSnapshot;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The order service's table in a data directory (MapDB) instead of memory: what the service wrote is
 * there again after a restart, a snapshot restores in place on the durable store too, and a directory
 * that cannot be used is refused, naming it. Each test's harness is built from the service's template
 * on a data directory of its own.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class DataDirectoryTest {
    private static final AtomicInteger HARNESSES = new AtomicInteger();
    @TempDir
    static Path directories;

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> FakeDynamo.builder().dataDirectory(dataDirectory(HARNESSES.incrementAndGet())).build())
            .build();

    private static Path dataDirectory(int harness) {
        return directories.resolve("orders-data-" + harness);
    }

    /** The data directory of the running test's harness (tests of a class run one at a time). */
    private static Path currentDataDirectory() {
        return dataDirectory(HARNESSES.get());
    }

    private static DynamoDbClient clientOf(Harness harness) {
        return DynamoDbClient.builder()
                .endpointOverride(harness.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Test
    void ordersWrittenByTheService_areThereAgain_whenTheDirectoryIsOpenedAfterARestart(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", OrdersStack.ALICE)).hasStatus(200);
        harness.lambda().awaitAsyncIdle(Duration.ofSeconds(30));

        harness.close(); // the service stops: the directory is committed, closed and unlocked

        try (Harness restarted = Harness.builder()
                .service(FakeDynamo.builder().dataDirectory(currentDataDirectory()).build()).build();
                DynamoDbClient dynamo = clientOf(restarted)) {
            Map<String, AttributeValue> order = dynamo.getItem(request -> request.tableName("orders-dev")
                    .key(Map.of("pk", AttributeValue.fromS("ORDER#" + orderId), "sk", AttributeValue.fromS("ORDER")))
                    .consistentRead(true)).item();
            assertThat(order.get("status").s()).isEqualTo("PAID");

            TableDescription table = dynamo.describeTable(request -> request.tableName("orders-dev")).table();
            assertThat(table.globalSecondaryIndexes()).extracting(index -> index.indexName()).containsExactly("gsi1");
            assertThat(table.localSecondaryIndexes()).extracting(index -> index.indexName()).containsExactly("byStatus");
            // The table's Time to Live and stream settings come back too (the stream is a new one).
            assertThat(dynamo.describeTimeToLive(request -> request.tableName("orders-dev")).timeToLiveDescription())
                    .satisfies(ttl -> assertThat(ttl.attributeName()).isEqualTo("expiresAt"))
                    .satisfies(ttl -> assertThat(ttl.timeToLiveStatusAsString()).isEqualTo("ENABLED"));
            assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
            // Index entries are rebuilt from the items when the directory opens.
            assertThat(dynamo.query(request -> request.tableName("orders-dev").indexName("gsi1")
                    .keyConditionExpression("gsi1pk = :customer")
                    .expressionAttributeValues(Map.of(":customer", AttributeValue.fromS("CUSTOMER#alice"))))
                    .items()).extracting(item -> item.get("orderId").s()).containsExactly(orderId);
        }
    }

    @Test
    void aSnapshotOfTheDurableStore_restoresInPlace(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", OrdersStack.ALICE)).hasStatus(200);
        harness.lambda().awaitAsyncIdle(Duration.ofSeconds(30));
        FakeDynamo dynamo = harness.service(FakeDynamo.class);
        DynamoSnapshot paid = dynamo.snapshot();

        assertThat(OrdersStack.setStatus(harness, orderId, "SHIPPED", OrdersStack.BOB_FULFILMENT)).hasStatus(200);
        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER", "status", "SHIPPED"));

        dynamo.restore(paid);

        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER", "status", "PAID"));
    }

    @Test
    void aSecondFakeOnTheDirectoryInUse_isRefused_namingIt() {
        Path inUse = currentDataDirectory();

        assertThatThrownBy(() -> Harness.builder().service(FakeDynamo.builder().dataDirectory(inUse).build()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The FakeDynamo data directory " + inUse + " is in use by another FakeDynamo in this JVM;"
                        + " close that harness first or choose another directory");
    }

    @Test
    void aFileWhereTheDirectoryShouldBe_isRefused_namingIt(@TempDir Path elsewhere) throws Exception {
        Path file = Files.writeString(elsewhere.resolve("orders-data"), "not a directory");

        assertThatThrownBy(() -> Harness.builder().service(FakeDynamo.builder().dataDirectory(file).build()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot create the FakeDynamo data directory " + file
                        + ": java.nio.file.FileAlreadyExistsException: " + file);
    }
}
