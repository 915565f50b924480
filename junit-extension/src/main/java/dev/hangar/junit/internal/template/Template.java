package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded SAM/CloudFormation template, with every intrinsic function evaluated and every resource
 * whose condition is false left out. Immutable.
 *
 * @param file the template as the user named it
 * @param stackName the stack name {@code AWS::StackName} resolved to
 * @param parameters every parameter's value after overrides and defaults
 * @param conditions every condition's value
 * @param tables DynamoDB tables ({@code AWS::DynamoDB::Table}, {@code AWS::Serverless::SimpleTable})
 * @param functions Lambda functions ({@code AWS::Serverless::Function})
 * @param restApis REST APIs, explicit and SAM's implicit {@code ServerlessRestApi}
 * @param httpApis HTTP APIs, explicit and SAM's implicit {@code ServerlessHttpApi}
 * @param webSocketApis WebSocket APIs ({@code AWS::ApiGatewayV2::Api} with protocol WEBSOCKET)
 * @param apiKeys API keys ({@code AWS::ApiGateway::ApiKey}, also those SAM's {@code
 *     Auth.UsagePlan} generates)
 * @param usagePlans usage plans with their keys ({@code AWS::ApiGateway::UsagePlan} and {@code
 *     UsagePlanKey})
 * @param outputs every output's value
 * @param notEmulated logical ids of resources accepted without emulation (IAM roles, permissions,
 *     log groups), each with its type, for the user to see
 */
public record Template(
    String file,
    String stackName,
    Map<String, Object> parameters,
    Map<String, Boolean> conditions,
    List<TableSpec> tables,
    List<FunctionSpec> functions,
    List<RestApiSpec> restApis,
    List<HttpApiSpec> httpApis,
    List<WebSocketApiSpec> webSocketApis,
    List<ApiKeySpec> apiKeys,
    List<UsagePlanSpec> usagePlans,
    Map<String, String> outputs,
    Map<String, String> notEmulated) {

  /** Copies every collection. */
  public Template {
    parameters = Copies.map(parameters);
    conditions = Copies.map(conditions);
    tables = List.copyOf(tables);
    functions = List.copyOf(functions);
    restApis = List.copyOf(restApis);
    httpApis = List.copyOf(httpApis);
    webSocketApis = List.copyOf(webSocketApis);
    apiKeys = List.copyOf(apiKeys);
    usagePlans = List.copyOf(usagePlans);
    outputs = Copies.map(outputs);
    notEmulated = Copies.map(notEmulated);
  }

  /** The table with a logical id. */
  public Optional<TableSpec> table(String logicalId) {
    return tables.stream().filter(t -> t.logicalId().equals(logicalId)).findFirst();
  }

  /** The function with a logical id. */
  public Optional<FunctionSpec> function(String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
  }

  /** The API key with a logical id. */
  public Optional<ApiKeySpec> apiKey(String logicalId) {
    return apiKeys.stream().filter(k -> k.logicalId().equals(logicalId)).findFirst();
  }

  /** Whether the template declares nothing Hangar would have to build. */
  public boolean declaresNoResources() {
    return tables.isEmpty()
        && functions.isEmpty()
        && restApis.isEmpty()
        && httpApis.isEmpty()
        && webSocketApis.isEmpty();
  }
}
