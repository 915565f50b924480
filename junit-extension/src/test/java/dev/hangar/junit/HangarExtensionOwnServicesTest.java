package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.harness.Harness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
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
            .service(() -> FakeGateway.builder().build())
            .build();

    @Test
    void neverRuns() {}
  }

  @Test
  void ownFakeGateway_besideTemplateApis_failsNamingTheConflict() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(OwnGatewayBesideTemplateApis.class));
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "HangarExtension: a service(...) named 'execute-api' replaces Hangar's own"
                + " 'execute-api', but Hangar builds that service from the APIs of"
                + " templates/users-api.yaml and one of yours would hide them; add your APIs to the"
                + " template, or leave the template's APIs out and keep your service");
  }
}
