package dev.hangar.dynamo.enhanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The Enhanced Client end to end: bean and immutable schemas, conditions, queries, transactions. */
class EnhancedClientTest {
  private final Harness harness;
  private final DynamoDbClient dynamo;
  private final DynamoDbEnhancedClient enhanced;

  EnhancedClientTest() {
    Harness.selectTransport();
    harness = Harness.builder().service(FakeDynamo.create()).build();
    dynamo = DynamoDbClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
  }

  @AfterEach
  void close() {
    dynamo.close();
    harness.close();
  }

  private DynamoDbTable<Order> orders() {
    DynamoDbTable<Order> table = enhanced.table("orders", TableSchema.fromBean(Order.class));
    table.createTable();
    return table;
  }

  @Test
  void beanSchema_putGetAndQueryWithSortKeyCondition() {
    DynamoDbTable<Order> orders = orders();
    for (int i = 1; i <= 5; i++) {
      orders.putItem(Order.of("alice", i, "item-" + i));
    }
    orders.putItem(Order.of("bob", 1, "other"));
    assertThat(orders.getItem(Key.builder().partitionValue("alice").sortValue(3).build()).getItem())
        .isEqualTo("item-3");
    List<Order> found = orders.query(QueryConditional.sortGreaterThanOrEqualTo(
            Key.builder().partitionValue("alice").sortValue(3).build()))
        .items().stream().toList();
    assertThat(found).extracting(Order::getNumber).containsExactly(3, 4, 5);
  }

  @Test
  void conditionalPut_failsWhenTheItemExists() {
    DynamoDbTable<Order> orders = orders();
    orders.putItem(Order.of("alice", 1, "first"));
    Expression notThere = Expression.builder().expression("attribute_not_exists(customer)").build();
    ConditionalCheckFailedException thrown = catchThrowableOfType(
        ConditionalCheckFailedException.class,
        () -> orders.putItem(PutItemEnhancedRequest.builder(Order.class)
            .item(Order.of("alice", 1, "second")).conditionExpression(notThere).build()));
    assertThat(thrown).hasMessageStartingWith("The conditional request failed");
    assertThat(orders.getItem(Order.of("alice", 1, null)).getItem()).isEqualTo("first");
  }

  @Test
  void immutableSchema_roundTrips() {
    DynamoDbTable<Customer> customers =
        enhanced.table("customers", TableSchema.fromImmutableClass(Customer.class));
    customers.createTable();
    customers.putItem(Customer.builder().id("c1").name("Ada").visits(3).build());
    Customer loaded = customers.getItem(Key.builder().partitionValue("c1").build());
    assertThat(loaded.name()).isEqualTo("Ada");
    assertThat(loaded.visits()).isEqualTo(3);
  }

  @Test
  void transaction_writesBothTablesOrNeither() {
    DynamoDbTable<Order> orders = orders();
    DynamoDbTable<Customer> customers =
        enhanced.table("customers", TableSchema.fromImmutableClass(Customer.class));
    customers.createTable();
    enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
        .addPutItem(orders, Order.of("carol", 1, "book"))
        .addPutItem(customers, Customer.builder().id("carol").name("Carol").visits(1).build())
        .build());
    assertThat(orders.getItem(Order.of("carol", 1, null)).getItem()).isEqualTo("book");
    assertThat(dynamo.getItem(b -> b.tableName("customers")
        .key(Map.of("id", AttributeValue.fromS("carol")))).item()).containsKey("name");
  }
}
