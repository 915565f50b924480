package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;

class HangarExtensionMisuseTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class WrongFieldType {
    @Hangar String name;

    @Test
    void test() {}
  }

  @Test
  void fieldOfATypeHangarCannotInject_failsNamingFieldAndTypes() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(WrongFieldType.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Hangar field WrongFieldType.name has the type java.lang.String, which Hangar cannot"
                + " inject; it injects Harness, HarnessClock, Lambda, EventSources,"
                + " DynamoTable, FakeGateway, GatewayClient, ApiKey, WebSocketGateway, WebSocketConnector,"
                + " DynamoDbClient, DynamoDbStreamsClient, DynamoDbEnhancedClient");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class WrongParameterType {
    @Test
    void test(@Hangar Integer count) {}
  }

  @Test
  void qualifiedParameterOfATypeHangarCannotInject_failsNamingIt() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(WrongParameterType.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .cause()
        .hasMessage(
            "@Hangar parameter arg0 of WrongParameterType.test has the type java.lang.Integer,"
                + " which Hangar cannot inject; it injects Harness, HarnessClock, Lambda, EventSources,"
                + " DynamoTable, FakeGateway, GatewayClient, ApiKey, WebSocketGateway, WebSocketConnector,"
                + " DynamoDbClient, DynamoDbStreamsClient, DynamoDbEnhancedClient");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class FinalField {
    @Hangar final Harness harness = null;

    @Test
    void test() {}
  }

  @Test
  void finalField_failsNamingTheModifier() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(FinalField.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Hangar field FinalField.harness is final; Hangar injects non-final instance fields:"
                + " remove the modifier, or take the value as a parameter of a @BeforeAll method"
                + " (with lifecycle PER_CLASS)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "does/not/exist.yaml")
  static class MissingTemplate {
    @Test
    void test() {}
  }

  @Test
  void missingTemplate_failsTheClassNamingThePathsTried() {
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(Fixtures.onlyFailure(Fixtures.run(MissingTemplate.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + MissingTemplate.class.getName()
                + ": The template does/not/exist.yaml was not found: tried the file "
                + cwd.resolve("does/not/exist.yaml")
                + " and the class-path resource does/not/exist.yaml. Give a path relative to the"
                + " project directory ("
                + cwd
                + ") or to the test class path (src/test/resources)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/bad-line.yaml")
  static class BadTemplateLine {
    @Test
    void test() {}
  }

  @Test
  void unsupportedResourceInTemplate_failsTheClassWithFileAndLine() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(BadTemplateLine.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "@HangarTest on "
                + BadTemplateLine.class.getName()
                + ": templates/bad-line.yaml, line 6: resource Bucket has the type"
                + " AWS::S3::Bucket, which Hangar does not emulate");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/orders.yaml")
  static class TemplateWithResources {
    @Test
    void test() {}
  }

  @Test
  void jwtAuthorizerWithoutTheIssuersKeySet_failsNamingTheIssuerAndTheFix() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(TemplateWithResources.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + TemplateWithResources.class.getName()
                + ": the JWT authorizer Jwt of OrdersHttpApi in templates/orders.yaml trusts the"
                + " issuer https://issuer.example.com, whose JSON Web Key Set a template does not"
                + " hold; give it with @HangarTest(jwks = \"https://issuer.example.com=path/to/jwks.json\")"
                + " or HangarExtension.builder().jwks(\"https://issuer.example.com\", jwksJson)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/orders.yaml", jwks = "https://issuer.example.com=nowhere.json")
  static class MissingKeySetFile {
    @Test
    void test() {}
  }

  @Test
  void jwksFileThatDoesNotExist_failsNamingIt() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(MissingKeySetFile.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "@HangarTest on "
                + MissingKeySetFile.class.getName()
                + ": the JSON Web Key Set nowhere.json was not found: tried the file ")
        .hasMessageEndingWith(" and the class-path resource nowhere.json");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/no-resources.yaml", parameters = "Stage=test")
  static class TemplateWithoutResources {
    @Test
    void test(Harness harness) {}
  }

  @Test
  void templateWithoutEmulatedResources_loads() {
    Fixtures.assertPassed(Fixtures.run(TemplateWithoutResources.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(parameters = "Stage")
  static class BadParameter {
    @Test
    void test() {}
  }

  @Test
  void parameterWithoutEquals_failsNamingIt() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(BadParameter.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + BadParameter.class.getName()
                + ": the parameter 'Stage' is not of the form Name=value");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(clock = "yesterday")
  static class BadClock {
    @Test
    void test() {}
  }

  @Test
  void clockThatIsNotAnInstant_failsSayingHowToWriteIt() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(BadClock.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + BadClock.class.getName()
                + ": clock 'yesterday' is not an ISO-8601 instant; write it as"
                + " 2026-01-01T00:00:00Z");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(region = "mars-1")
  static class BadRegion {
    @Test
    void test(Harness harness) {}
  }

  @Test
  void badRegion_failsNamingTheAnnotation() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(BadRegion.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + BadRegion.class.getName()
                + ": Not an AWS region name: 'mars-1' (expected a name such as us-east-1)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class AnnotationAndField {
    @RegisterExtension static HangarExtension hangar = HangarExtension.builder().name("x").build();

    @Test
    void test() {}
  }

  @Test
  void annotationAndRegisteredField_failNamingBoth() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(AnnotationAndField.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            AnnotationAndField.class.getName()
                + " uses both @HangarTest and the @RegisterExtension field static"
                + " AnnotationAndField.hangar; use one: remove @HangarTest and configure"
                + " everything on the builder, or remove the field");
  }

  @ExtendWith(OnlyInTestKit.class)
  static class TwoUnnamed {
    @RegisterExtension static HangarExtension first = HangarExtension.builder().build();
    @RegisterExtension static HangarExtension second = HangarExtension.builder().build();

    @Test
    void test() {}
  }

  @Test
  void twoExtensionsWithTheSameName_failSayingHowToName() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(TwoUnnamed.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            TwoUnnamed.class.getName()
                + " registers two Hangar extensions named the default (unnamed); give each its own"
                + " name with HangarExtension.builder().name(...) and choose one with"
                + " @Hangar(\"name\") where you inject");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class UnknownQualifier {
    @Test
    void test(@Hangar("eu") Harness harness) {}
  }

  @Test
  void qualifierNamingNoExtension_failsListingTheNames() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(UnknownQualifier.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .cause()
        .hasMessage(
            "@Hangar(\"eu\") on parameter arg0 of UnknownQualifier.test names no Hangar extension"
                + " of this test class; the extensions are: (default)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class AgainstAws {
    @Test
    void test(dev.hangar.harness.lambda.EventSources streams) {}
  }

  @Test
  void targetAws_eventSourcesParameter_failsSayingWhy() {
    System.setProperty("hangar.target", "aws");
    try {
      assertThat(Fixtures.onlyFailure(Fixtures.run(AgainstAws.class)))
          .isInstanceOf(ParameterResolutionException.class)
          .cause()
          .hasMessage(
              "parameter arg0 of AgainstAws.test asks for EventSources, which Hangar does not offer"
                  + " with hangar.target=aws: it does not read real DynamoDB streams into"
                  + " in-process functions, so drain() would deliver nothing; run this test against"
                  + " the fakes, or assert on the stream itself with assertThat(table.stream())");
    } finally {
      System.clearProperty("hangar.target");
    }
  }

  @Test
  void targetWithUnknownValue_failsNamingTheProperty() {
    System.setProperty("hangar.target", "staging");
    try {
      assertThat(Fixtures.onlyFailure(Fixtures.run(AgainstAws.class)))
          .isInstanceOf(ExtensionConfigurationException.class)
          .hasMessage(
              "The system property hangar.target is 'staging'; set it to fake (Hangar's fakes,"
                  + " the default) or aws (real endpoints)");
    } finally {
      System.clearProperty("hangar.target");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  static class PerClassInInstanceField {
    @RegisterExtension
    HangarExtension hangar =
        HangarExtension.builder().name("shared").lifecycle(HarnessLifecycle.PER_CLASS).build();

    @Test
    void test(@Hangar("shared") Harness harness) {}
  }

  @Test
  void perClassBuilderInAnInstanceField_failsSayingToMakeItStatic() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(PerClassInInstanceField.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "HangarExtension 'shared' has lifecycle PER_CLASS but is registered in an instance"
                + " field of "
                + PerClassInInstanceField.class.getName()
                + ", which JUnit fills anew for every test; make the field static, or annotate the"
                + " class with @TestInstance(PER_CLASS)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
  static class PerClassInstanceFieldWithPerClassInstance {
    static final java.util.List<Harness> SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    @RegisterExtension
    HangarExtension hangar = HangarExtension.builder().lifecycle(HarnessLifecycle.PER_CLASS).build();

    @Test
    void first(Harness harness) {
      SEEN.add(harness);
    }

    @Test
    void second(Harness harness) {
      SEEN.add(harness);
    }
  }

  @Test
  void perClassBuilderInAnInstanceField_ofAPerClassInstance_sharesOneHarness() {
    PerClassInstanceFieldWithPerClassInstance.SEEN.clear();
    Fixtures.assertPassed(Fixtures.run(PerClassInstanceFieldWithPerClassInstance.class), 2);
    assertThat(PerClassInstanceFieldWithPerClassInstance.SEEN.stream().distinct()).hasSize(1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class AgainstAwsWithClient {
    static final java.util.List<String> TABLES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void test(software.amazon.awssdk.services.dynamodb.DynamoDbClient client) {
      TABLES.addAll(client.listTables().tableNames());
    }
  }

  @Test
  void targetAws_injectedClientsReachTheRealEndpoint_throughTheHarness() {
    // A harness served over loopback stands in for "the real thing" (as DynamoDB Local would).
    EchoService remote = new EchoService();
    java.util.Map<String, String> properties =
        new java.util.LinkedHashMap<>(
            java.util.Map.of(
                "hangar.target", "aws",
                "aws.region", "eu-west-1",
                "aws.accessKeyId", "real",
                "aws.secretAccessKey", "real"));
    try (Harness harness = Harness.builder().service(remote).build();
        dev.hangar.harness.LoopbackEndpoint endpoint = harness.serveOnLoopback(0)) {
      properties.put("aws.endpointUrl", endpoint.uri().toString());
      java.util.Map<String, String> previous = new java.util.HashMap<>();
      properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
      try {
        AgainstAwsWithClient.TABLES.clear();
        Fixtures.assertPassed(Fixtures.run(AgainstAwsWithClient.class), 1);
        assertThat(AgainstAwsWithClient.TABLES).containsExactly(remote.tag);
      } finally {
        previous.forEach(
            (k, v) -> {
              if (v == null) {
                System.clearProperty(k);
              } else {
                System.setProperty(k, v);
              }
            });
      }
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class UnnamedTableWithoutTemplate {
    @Test
    void test(DynamoTable table) {}
  }

  @Test
  void dynamoTableWithoutNameOrTemplate_failsSayingHowToName() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(UnnamedTableWithoutTemplate.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .cause()
        .hasMessage(
            "parameter arg0 of UnnamedTableWithoutTemplate.test is a DynamoTable without @Named,"
                + " and the harness has no template tables; name the table with"
                + " @Named(\"LogicalId\") or @Named(\"table-name\")");
  }
}
