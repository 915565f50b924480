package dev.hangar.junit.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/";

  static Template load(String path, Map<String, String> overrides) {
    return TemplateLoader.load(options(path, overrides));
  }

  static TemplateOptions options(String path, Map<String, String> overrides) {
    return new TemplateOptions(
        path,
        Path.of("."),
        TemplateLoaderTest.class.getClassLoader(),
        overrides,
        "orders-stack",
        "us-east-1",
        "123456789012",
        Instant.parse("2026-01-02T03:04:05.678Z"));
  }

  @Test
  void realisticSamTemplate_resolvesTablesWithKeysIndexesStreamAndTtl() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.tables()).extracting(TableSpec::logicalId)
        .containsExactly("OrdersTable", "SessionsTable");
    TableSpec orders = template.table("OrdersTable").orElseThrow();
    assertThat(orders.tableName()).isEqualTo("orders-stack-orders-dev");
    assertThat(orders.arn()).isEqualTo(ARN + "orders-stack-orders-dev");
    assertThat(orders.keySchema())
        .containsExactly(
            new TableSpec.KeyElement("pk", "HASH"), new TableSpec.KeyElement("sk", "RANGE"));
    assertThat(orders.attributeTypes()).containsEntry("gsi1pk", "S").hasSize(3);
    assertThat(orders.globalIndexes())
        .containsExactly(
            new TableSpec.IndexSpec(
                "gsi1", List.of(new TableSpec.KeyElement("gsi1pk", "HASH")), "INCLUDE",
                List.of("status"), null));
    assertThat(orders.streamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    assertThat(orders.streamArn())
        .isEqualTo(ARN + "orders-stack-orders-dev/stream/2026-01-02T03:04:05.678");
    assertThat(orders.ttlAttribute()).isEqualTo("expiresAt");
    assertThat(orders.billingMode()).isEqualTo("PAY_PER_REQUEST");
    assertThat(orders.throughput()).isNull();

    TableSpec sessions = template.table("SessionsTable").orElseThrow();
    assertThat(sessions.tableName()).matches("orders-stack-SessionsTable-[A-Z0-9]{12}");
    assertThat(sessions.keySchema()).containsExactly(new TableSpec.KeyElement("sessionId", "HASH"));
    assertThat(sessions.attributeTypes()).isEqualTo(Map.of("sessionId", "S"));
    assertThat(sessions.billingMode()).isEqualTo("PROVISIONED");
    assertThat(sessions.throughput()).isEqualTo(new TableSpec.Throughput(5, 2));
  }

  @Test
  void realisticSamTemplate_appliesGlobalsAndEvaluatesEveryIntrinsic() {
    Template template = load("templates/orders.yaml", Map.of());
    FunctionSpec create = template.function("CreateOrderFunction").orElseThrow();

    assertThat(create.functionName()).isEqualTo("orders-create-dev");
    assertThat(create.arn())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders-create-dev");
    assertThat(create.handler()).isEqualTo("com.example.orders.CreateOrder::handleRequest");
    assertThat(create.runtime()).isEqualTo("java21");
    assertThat(create.timeoutSeconds()).isEqualTo(10);
    assertThat(create.memoryMb()).isEqualTo(1024);
    String sessions = template.table("SessionsTable").orElseThrow().tableName();
    assertThat(create.environment())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "TABLE_NAME", "orders-stack-orders-dev",
                "LOG_LEVEL", "DEBUG",
                "SESSIONS_TABLE", sessions,
                "FIRST_ORIGIN", "https://a.example.com",
                "REGION_AND_ACCOUNT", "us-east-1/123456789012/aws/amazonaws.com",
                "ORDERS_ARN", ARN + "orders-stack-orders-dev",
                "LITERAL", "${NotAVariable}",
                "BASE", "aGFuZ2Fy",
                "SECOND_PART", "b"));

    FunctionSpec projection = template.function("ProjectionFunction").orElseThrow();
    assertThat(projection.timeoutSeconds()).isEqualTo(30);
    assertThat(projection.memoryMb()).isEqualTo(512);
    assertThat(projection.reservedConcurrency()).isEqualTo(2);
    assertThat(projection.environment().get("STREAM"))
        .isEqualTo(template.table("OrdersTable").orElseThrow().streamArn());
    FunctionSpec authorizer = template.function("AuthorizerFunction").orElseThrow();
    assertThat(authorizer.functionName())
        .matches("orders-stack-AuthorizerFunction-[A-Z0-9]{12}");
    assertThat(authorizer.timeoutSeconds()).isEqualTo(10);
  }

  @Test
  void realisticSamTemplate_readsEventsOfEveryType() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.function("CreateOrderFunction").orElseThrow().events())
        .containsExactly(
            new EventSpec.Api("Create", "OrdersApi", "/orders", "POST", "TokenAuth", null),
            new EventSpec.Api("Get", "ServerlessRestApi", "/orders/{id}", "GET", null, null),
            new EventSpec.HttpApi(
                "HttpCreate", "OrdersHttpApi", "/v2/orders", "POST", "Jwt",
                List.of("orders/write"), "2.0"));
    assertThat(template.function("ProjectionFunction").orElseThrow().events())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("samProperties")
        .containsExactly(
            new EventSpec.DynamoDb(
                "Changes", "OrdersTable", "TRIM_HORIZON", 10, true, 2, true,
                List.of("{\"eventName\": [\"INSERT\"]}"), Map.of()),
            new EventSpec.HttpApi(
                "Default", "ServerlessHttpApi", null, null, null, List.of(), "2.0"));
  }

  @Test
  void realisticSamTemplate_readsRestHttpAndImplicitApis() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.restApis()).extracting(RestApiSpec::logicalId)
        .containsExactly("OrdersApi", "ServerlessRestApi");
    RestApiSpec api = template.restApis().get(0);
    assertThat(api.apiId()).matches("[a-z0-9]{10}");
    assertThat(api.stageName()).isEqualTo("dev");
    assertThat(api.implicit()).isFalse();
    assertThat(api.binaryMediaTypes()).containsExactly("image/png");
    assertThat(api.stageVariables()).isEqualTo(Map.of("mode", "orders-dev"));
    assertThat(api.cors().allowOrigins()).containsExactly("*");
    assertThat(api.auth().defaultAuthorizer()).isEqualTo("TokenAuth");
    assertThat(api.auth().authorizers().get("TokenAuth"))
        .isEqualTo(
            new AuthSpec.Authorizer(
                "TokenAuth", "TOKEN", "AuthorizerFunction",
                List.of("method.request.header.X-Token"), null, List.of(), 60, false, null));
    RestApiSpec implicit = template.restApis().get(1);
    assertThat(implicit.implicit()).isTrue();
    assertThat(implicit.stageName()).isEqualTo("Prod");
    assertThat(implicit.cors().allowOrigins()).containsExactly("*");

    assertThat(template.httpApis()).extracting(HttpApiSpec::logicalId)
        .containsExactly("OrdersHttpApi", "ServerlessHttpApi");
    HttpApiSpec http = template.httpApis().get(0);
    assertThat(http.stageName()).isEqualTo("$default");
    assertThat(http.cors())
        .isEqualTo(
            new CorsSpec(
                List.of("https://a.example.com", "https://b.example.com"),
                List.of("GET", "POST"), List.of(), List.of(), 600, false));
    assertThat(http.auth().authorizers().get("Jwt"))
        .isEqualTo(
            new AuthSpec.Authorizer(
                "Jwt", "JWT", null, List.of("$request.header.Authorization"),
                "https://issuer.example.com", List.of("orders"), null, false, null));
  }

  @Test
  void realisticSamTemplate_readsWebSocketApiWithRoutesIntegrationsAuthorizerAndStage() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.webSocketApis()).hasSize(1);
    WebSocketApiSpec socket = template.webSocketApis().get(0);
    assertThat(socket.name()).isEqualTo("orders-socket");
    assertThat(socket.routeSelectionExpression()).isEqualTo("$request.body.action");
    assertThat(socket.stageName()).isEqualTo("dev");
    assertThat(socket.routes())
        .containsExactly(
            new WebSocketApiSpec.Route(
                "$connect", "SocketFunction", "CUSTOM", "AuthorizerFunction",
                List.of("route.request.querystring.token")),
            new WebSocketApiSpec.Route("$default", "SocketFunction", "NONE", null, List.of()));
    assertThat(template.function("SocketFunction").orElseThrow().environment().get("CALLBACK"))
        .isEqualTo("https://" + socket.apiId() + ".execute-api.us-east-1.amazonaws.com/dev");
    assertThat(template.notEmulated()).isEqualTo(Map.of("SocketPermission", "AWS::Lambda::Permission"));
  }

  @Test
  void realisticSamTemplate_evaluatesConditionsAndOutputs() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.conditions())
        .isEqualTo(Map.of("IsProd", false, "IsDev", true, "DevInUsEast", true, "AnyStage", true));
    String restId = template.restApis().get(1).apiId();
    String httpId = template.httpApis().get(0).apiId();
    String socketId = template.webSocketApis().get(0).apiId();
    assertThat(template.outputs())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ApiUrl", "https://" + restId + ".execute-api.us-east-1.amazonaws.com/Prod/",
                "HttpEndpoint", "https://" + httpId + ".execute-api.us-east-1.amazonaws.com",
                "SocketEndpoint", "wss://" + socketId + ".execute-api.us-east-1.amazonaws.com",
                "StackId",
                    "arn:aws:cloudformation:us-east-1:123456789012:stack/orders-stack/"
                        + java.util.UUID.nameUUIDFromBytes("orders-stack".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)),
                "DevOnly", "dev-us-east-1"));
  }

  @Test
  void parameterOverride_switchesConditionsResourcesAndNames() {
    Template template = load("templates/orders.yaml", Map.of("Stage", "prod"));

    assertThat(template.parameters()).containsEntry("Stage", "prod");
    assertThat(template.tables()).extracting(TableSpec::logicalId)
        .containsExactly("OrdersTable", "SessionsTable", "AuditTable");
    FunctionSpec create = template.function("CreateOrderFunction").orElseThrow();
    assertThat(create.functionName()).isEqualTo("orders-create-prod");
    assertThat(create.environment().get("AUDIT_TABLE"))
        .isEqualTo(template.table("AuditTable").orElseThrow().tableName());
    assertThat(create.environment().get("LOG_LEVEL")).isEqualTo("WARN");
    assertThat(template.outputs()).containsEntry("ProdOnly", "prod").doesNotContainKey("DevOnly");
  }

  @Test
  void noValue_removesTheEnvironmentVariable() {
    Template template = load("templates/orders.yaml", Map.of());

    assertThat(template.function("CreateOrderFunction").orElseThrow().environment())
        .doesNotContainKey("AUDIT_TABLE");
  }

  @Test
  void jsonTemplate_readsLongFormIntrinsics() {
    Template template = load("templates/minimal.json", Map.of());

    assertThat(template.table("Items").orElseThrow().tableName()).isEqualTo("items-test");
    assertThat(template.function("Reader").orElseThrow().environment())
        .isEqualTo(
            Map.of(
                "TABLE", "items-test",
                "ARN", ARN + "items-test",
                "JOINED", "us-east-1:orders-stack",
                "CHOSEN", "yes"));
  }

  @Test
  void parameterOverride_outsideAllowedValues_failsWithCloudFormationsMessage() {
    assertThatThrownBy(() -> load("templates/orders.yaml", Map.of("Stage", "qa")))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Parameter 'Stage' must be one of AllowedValues");
  }

  @Test
  void parameterOverride_forUndeclaredParameter_failsWithCloudFormationsMessage() {
    assertThatThrownBy(() -> load("templates/orders.yaml", Map.of("Colour", "red")))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Parameters: [Colour] do not exist in the template");
  }

  @Test
  void authorizersCorsAndStageVariables_areReadForRestAndHttpApis() {
    Template template = load("templates/authorizers.yaml", Map.of());

    RestApiSpec rest = template.restApis().get(0);
    assertThat(rest.stageName()).isEqualTo("v1");
    assertThat(rest.cors())
        .isEqualTo(
            new CorsSpec(
                List.of("https://app.example.com"), List.of("GET", "POST"),
                List.of("Content-Type", "Authorization"), List.of(), 300, true));
    assertThat(rest.auth().apiKeyRequired()).isTrue();
    assertThat(rest.auth().authorizers().get("RequestAuth"))
        .isEqualTo(
            new AuthSpec.Authorizer(
                "RequestAuth", "REQUEST", "AuthFn",
                List.of("method.request.header.Authorization", "method.request.querystring.token"),
                null, List.of(), null, false, null));
    HttpApiSpec http = template.httpApis().get(0);
    assertThat(http.stageName()).isEqualTo("prod");
    assertThat(http.stageVariables()).isEqualTo(Map.of("color", "blue"));
    assertThat(http.auth().defaultAuthorizer()).isEqualTo("LambdaAuth");
    assertThat(http.auth().authorizers().get("LambdaAuth"))
        .isEqualTo(
            new AuthSpec.Authorizer(
                "LambdaAuth", "REQUEST", "AuthFn", List.of("$request.header.Authorization"), null,
                List.of(), 0, true, "2.0"));
  }

  @Test
  void pseudoParameters_followTheRegionsPartition() {
    Template template =
        TemplateLoader.load(
            new TemplateOptions(
                "templates/authorizers.yaml", Path.of("."), getClass().getClassLoader(), Map.of(),
                "cn-stack", "cn-north-1", "123456789012", Instant.EPOCH));

    assertThat(template.function("AuthFn").orElseThrow().environment())
        .isEqualTo(
            Map.of(
                "ARN_PREFIX", "arn:aws-cn:lambda:cn-north-1:123456789012:function:cn-stack",
                "URL", "https://example.amazonaws.com.cn"));
    assertThat(template.function("AuthFn").orElseThrow().arn())
        .startsWith("arn:aws-cn:lambda:cn-north-1:123456789012:function:cn-stack-AuthFn-");
  }
}
