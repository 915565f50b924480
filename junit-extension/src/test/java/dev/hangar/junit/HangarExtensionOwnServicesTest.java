package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.Route;
import dev.hangar.harness.Harness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code HangarExtension.Builder.service}: a user's own fake replaces Hangar's default one. */
class HangarExtensionOwnServicesTest {

  @ExtendWith(OnlyInTestKit.class)
  static class OwnDynamo {
    static final List<FakeDynamo> MADE = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .template("templates/users-app.yaml")
            .service(
                () -> {
                  FakeDynamo mine = FakeDynamo.create();
                  MADE.add(mine);
                  return mine;
                })
            .build();

    @Test
    void isTheHarnessesOnlyDynamo(Harness harness, DynamoTable users) {
      assertThat(harness.toString()).containsOnlyOnce("dynamodb");
      assertThat(harness.service(FakeDynamo.class)).isSameAs(MADE.get(MADE.size() - 1));
      assertThat(harness.service(FakeDynamo.class).snapshot().tableNames()).containsExactly(users.name());
    }
  }

  @Test
  void ownFakeDynamo_replacesTheDefault_andHoldsTheTemplateTables() {
    OwnDynamo.MADE.clear();
    Fixtures.assertPassed(Fixtures.run(OwnDynamo.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  static class OwnGatewayBesideTemplateApis {
    @RegisterExtension
    static HangarExtension hangar =
        HangarExtension.builder()
            .template("templates/users-api.yaml")
            .service(
                () ->
                    FakeGateway.of(
                        ApiDefinition.http("mine").route(Route.of("GET /ping", "get-user")).build()))
            .build();

    @Test
    void bothAnswer_andInjectionReachesTheTemplatesApi(
        Harness harness, @Named("ServerlessHttpApi") GatewayClient templateApi) {
      assertThat(harness.service(FakeGateway.class).apiId("mine")).isNotBlank();
      HangarAssertions.assertThat(templateApi.get("/users/u1")).hasStatus(404);
    }
  }

  @Test
  void ownFakeGateway_sitsBesideTheTemplatesGateway() {
    Fixtures.assertPassed(Fixtures.run(OwnGatewayBesideTemplateApis.class), 1);
  }
}
