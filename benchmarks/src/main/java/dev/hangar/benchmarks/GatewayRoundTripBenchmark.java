package dev.hangar.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.Authorizer;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.gateway.GatewayServer;
import dev.hangar.gateway.Route;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A warm round trip as a test makes it: a REST API request through routing, a TOKEN authorizer
 * (not cached, so it runs every time), a function doing one GetItem on the fake DynamoDB, and back
 * — in process and over loopback HTTP — against calling the same handler directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GatewayRoundTripBenchmark {
  /** Reads one item, as an API handler does; built the ordinary way. */
  public static final class GetItemHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final DynamoDbClient dynamo = DynamoDbClient.create();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      Map<String, AttributeValue> item =
          dynamo
              .getItem(
                  b ->
                      b.tableName("items")
                          .key(Map.of("id", AttributeValue.fromS(event.getPathParameters().get("id")))))
              .item();
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(item.isEmpty() ? 404 : 200)
          .withBody(item.isEmpty() ? "{}" : "{\"name\":\"" + item.get("name").s() + "\"}");
    }
  }

  /** Allows every bearer of the token {@code allow}. */
  public static final class TokenAuthorizer
      implements RequestHandler<APIGatewayCustomAuthorizerEvent, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
      if (!"allow".equals(event.getAuthorizationToken())) {
        throw new RuntimeException("Unauthorized");
      }
      return Map.of(
          "principalId", "user",
          "policyDocument",
          Map.of(
              "Version", "2012-10-17",
              "Statement",
              List.of(
                  Map.of(
                      "Action", "execute-api:Invoke",
                      "Effect", "Allow",
                      "Resource", event.getMethodArn()))));
    }
  }

  private Harness harness;
  private Harness.Activation activation;
  private GatewayClient api;
  private GatewayServer server;
  private HttpClient http;
  private HttpRequest loopbackRequest;
  private GetItemHandler direct;
  private APIGatewayProxyRequestEvent directEvent;

  @Setup(Level.Trial)
  public void setUp() {
    Harness.selectTransport();
    FakeGateway gateway =
        FakeGateway.of(
            ApiDefinition.rest("items")
                .authorizer(
                    Authorizer.lambdaToken("token", "authorizer").resultTtl(Duration.ZERO))
                .route(Route.of("GET /items/{id}", "get-item").authorizer("token"))
                .build());
    harness = Harness.builder().service(FakeDynamo.create()).service(gateway).build();
    activation = harness.activate();
    harness.lambda().register(FunctionDefinition.builder("get-item").handler(GetItemHandler.class).build());
    harness.lambda().register(FunctionDefinition.builder("authorizer").handler(TokenAuthorizer.class).build());
    try (DynamoDbClient setup = DynamoDbClient.create()) {
      setup.createTable(
          b ->
              b.tableName("items")
                  .billingMode("PAY_PER_REQUEST")
                  .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                  .keySchema(k -> k.attributeName("id").keyType("HASH")));
      setup.putItem(
          b ->
              b.tableName("items")
                  .item(Map.of("id", AttributeValue.fromS("1"), "name", AttributeValue.fromS("ada"))));
    }
    api = gateway.api("items");
    server = api.serveOnLoopback(0);
    http = HttpClient.newHttpClient();
    loopbackRequest =
        HttpRequest.newBuilder(URI.create(server.uri() + "/items/1"))
            .header("Authorization", "allow")
            .GET()
            .build();
    GatewayResponse first = api.request("GET", "/items/1").header("Authorization", "allow").send();
    if (first.status() != 200) {
      throw new IllegalStateException("Round trip set-up failed: " + first.status() + " " + first.body());
    }
    try (Harness.Binding binding = harness.bindToCurrentThread()) {
      direct = new GetItemHandler();
    }
    directEvent = new APIGatewayProxyRequestEvent().withPathParameters(Map.of("id", "1"));
  }

  @TearDown(Level.Iteration)
  public void forgetRecords() {
    harness.lambda().clearRecords();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
    activation.close();
    harness.close();
  }

  @Benchmark
  public GatewayResponse inProcess() {
    return api.request("GET", "/items/1").header("Authorization", "allow").send();
  }

  @Benchmark
  public HttpResponse<String> overLoopback() throws Exception {
    return http.send(loopbackRequest, HttpResponse.BodyHandlers.ofString());
  }

  @Benchmark
  public APIGatewayProxyResponseEvent handlerCalledDirectly() {
    return direct.handleRequest(directEvent, null);
  }
}
