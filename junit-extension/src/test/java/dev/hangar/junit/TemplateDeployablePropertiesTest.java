package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.harness.Harness;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * Properties a deployable SAM template carries that change what a client sees: table tags, access
 * logs and gateway responses take effect, not only pass the loader.
 */
@HangarTest(template = "templates/deployable-extras.yaml")
class TemplateDeployablePropertiesTest {

  private static Map<String, String> tags(DynamoDbClient client, String table) {
    String arn = client.describeTable(r -> r.tableName(table)).table().tableArn();
    return client.listTagsOfResource(r -> r.resourceArn(arn)).tags().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
  }

  @Test
  void tableTags_areAppliedAtCreation(DynamoDbClient client, @Named("Users") DynamoTable users) {
    assertThat(tags(client, users.name())).containsExactlyInAnyOrderEntriesOf(
        Map.of("team", "accounts", "cost-centre", "42"));
  }

  @Test
  void simpleTableTags_areAppliedAtCreation(
      DynamoDbClient client, @Named("Sessions") DynamoTable sessions) {
    assertThat(tags(client, sessions.name())).containsExactlyEntriesOf(Map.of("team", "web"));
  }

  @Test
  void restGatewayResponse_customisesStatusHeadersAndBody(@Named("Api") GatewayClient api) {
    assertThat(api.get("/nowhere"))
        .hasStatus(404)
        .hasHeader("Access-Control-Allow-Origin", "*")
        .hasJsonPath("error", "Missing Authentication Token")
        .hasJsonPath("type", "MISSING_AUTHENTICATION_TOKEN");
  }

  @Test
  void restAccessLogSetting_writesALinePerRequest_inItsFormat(
      @Named("Api") GatewayClient api, Harness harness) {
    String requestId = api.get("/users/u1").requestId();
    assertThat(harness.service(FakeGateway.class).accessLog("Api"))
        .containsExactly(requestId + " GET /prod/users/u1 200");
  }

  @Test
  void httpAccessLogSettings_writesALinePerRequest_inItsFormat(
      @Named("HttpApi") GatewayClient api, Harness harness) {
    String requestId = api.get("/users/u1").requestId();
    assertThat(harness.service(FakeGateway.class).accessLog("HttpApi"))
        .containsExactly(
            "{\"id\":\"" + requestId + "\",\"route\":\"GET /users/{id}\",\"status\":\"404\"}");
  }

  @Test
  void deletionProtection_refusesDeleteTable_asDynamoDbDoes(DynamoDbClient client) {
    String table = client.listTables().tableNames().stream()
        .filter(name -> name.contains("Protected")).findFirst().orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.deleteTable(r -> r.tableName(table)))
        .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
        .hasMessageStartingWith(
            "Resource cannot be deleted as it is currently protected against deletion. Disable"
                + " deletion protection first.");
  }
}
