package dev.hangar.junit.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API keys, usage plans (CloudFormation's and those SAM's {@code Auth.UsagePlan} generates), stage
 * caching and per-method settings of {@code MethodSettings}, read from templates.
 */
class ApiKeysAndCachingTemplateTest {
  @TempDir Path dir;

  private static Template usagePlans() {
    return TemplateLoaderTest.load("templates/usage-plans.yaml", Map.of());
  }

  @Test
  void methodSettings_decodeTildeOneResourcePaths_andKeepEachEntry() {
    RestApiSpec api = usagePlans().restApis().get(0);

    assertThat(api.cacheClusterEnabled()).isTrue();
    assertThat(api.apiKeySource()).isEqualTo("HEADER");
    assertThat(api.throttle()).isEqualTo(new RestApiSpec.Throttle(1000, 2000));
    assertThat(api.methodSettings())
        .extracting(
            RestApiSpec.MethodSetting::resourcePath,
            RestApiSpec.MethodSetting::httpMethod,
            RestApiSpec.MethodSetting::cachingEnabled,
            RestApiSpec.MethodSetting::cacheTtlSeconds,
            RestApiSpec.MethodSetting::rate,
            RestApiSpec.MethodSetting::burst)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/*", "*", null, null, 1000.0, 2000),
            org.assertj.core.groups.Tuple.tuple("/products/{id}", "GET", true, 60, null, null),
            org.assertj.core.groups.Tuple.tuple("/orders/{id}", "POST", null, null, 1.0, 1));
  }

  @Test
  void apiKeySourceType_authorizerIsKept_andAnythingElseIsRefused() throws IOException {
    Template template =
        load("  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      ApiKeySourceType: AUTHORIZER\n" + function("Api"));
    assertThat(template.restApis().get(0).apiKeySource()).isEqualTo("AUTHORIZER");

    loading("  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      ApiKeySourceType: QUERY\n" + function("Api"))
        .hasMessage(
            "template.yaml, line 6: resource Api (AWS::Serverless::Api) has ApiKeySourceType QUERY;"
                + " it is HEADER or AUTHORIZER");
  }

  @Test
  void cachingWithoutACacheCluster_andUnknownClusterSizes_areRefused() throws IOException {
    loading("  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      CacheClusterEnabled: true\n      CacheClusterSize: '2'\n" + function("Api"))
        .hasMessageContaining(
            "line 7: resource Api (AWS::Serverless::Api) has CacheClusterSize 2; API Gateway offers"
                + " 0.5, 1.6, 118, 13.5, 237, 28.4, 58.2, 6.1 (GB)");
  }

  @Test
  void binaryMediaTypes_decodeSamsTildeOneEscape() {
    assertThat(usagePlans().restApis().get(0).binaryMediaTypes()).containsExactly("image/png");
  }

  @Test
  void requestParametersMarkedCaching_becomeCacheKeyParameters() {
    EventSpec.Api get =
        (EventSpec.Api) usagePlans().function("Products").orElseThrow().events().get(0);

    assertThat(get.apiKeyRequired()).isTrue();
    assertThat(get.cacheKeyParameters()).containsExactly("method.request.path.id");
  }

  @Test
  void apiKeys_keepTheirValue_orGetAGenerated40CharacterOne_andAreDisabledUnlessEnabled() {
    Template template = usagePlans();

    ApiKeySpec partner = template.apiKey("PartnerKey").orElseThrow();
    assertThat(partner.value()).isEqualTo("partner-key-0123456789abcdef");
    assertThat(partner.name()).isEqualTo("partner");
    assertThat(partner.enabled()).isTrue();
    assertThat(partner.id()).matches("[a-z0-9]{10}");
    ApiKeySpec generated = template.apiKey("GeneratedKey").orElseThrow();
    assertThat(generated.value()).matches("[A-Za-z0-9]{40}");
    assertThat(usagePlans().apiKey("GeneratedKey").orElseThrow().value())
        .isEqualTo(generated.value());
    assertThat(template.apiKey("DisabledKey").orElseThrow().enabled()).isFalse();
  }

  @Test
  void usagePlan_readsStageThrottleQuotaAndItsKeys() {
    UsagePlanSpec plan =
        usagePlans().usagePlans().stream()
            .filter(p -> p.logicalId().equals("PartnerPlan"))
            .findFirst()
            .orElseThrow();

    assertThat(plan)
        .isEqualTo(
            new UsagePlanSpec(
                "PartnerPlan", "partners", "PartnerApi", "v1", 100.0, 200, 1000L, "DAY",
                List.of("PartnerKey", "GeneratedKey", "DisabledKey")));
  }

  @Test
  void samPerApiUsagePlan_generatesThePlanKeyAndPlanKeyThatSamDoes() {
    Template template = usagePlans();

    ApiKeySpec key = template.apiKey("SamApiApiKey").orElseThrow();
    assertThat(key.enabled()).isTrue();
    assertThat(key.value()).matches("[A-Za-z0-9]{40}");
    assertThat(template.outputs()).containsEntry("SamKeyId", key.id()).containsEntry("PartnerStage", "v1");
    assertThat(template.usagePlans())
        .filteredOn(p -> p.logicalId().equals("SamApiUsagePlan"))
        .containsExactly(
            new UsagePlanSpec(
                "SamApiUsagePlan", "sam-plan", "SamApi", "prod", 5.0, 10, 3L, "WEEK",
                List.of("SamApiApiKey")));
    assertThat(template.restApis().get(1).auth().apiKeyRequired()).isTrue();
  }

  @Test
  void samSharedUsagePlan_isOnePlanNamedServerlessUsagePlan() throws IOException {
    Template template = load(api("SharedApi", "SHARED") + function("SharedApi"));

    assertThat(template.usagePlans()).extracting(UsagePlanSpec::logicalId).containsExactly("ServerlessUsagePlan");
    assertThat(template.usagePlans().get(0).apiKeys()).containsExactly("ServerlessApiKey");
  }

  @Test
  void samUsagePlanNone_generatesNothing() throws IOException {
    Template template = load(api("Api", "NONE") + function("Api"));

    assertThat(template.usagePlans()).isEmpty();
    assertThat(template.apiKeys()).isEmpty();
  }

  @Test
  void samSharedUsagePlan_overTwoApis_isRefusedByName() throws IOException {
    loading(api("One", "SHARED") + api("Two", "SHARED") + function("One"))
        .hasMessageContaining("resource ServerlessUsagePlan (AWS::ApiGateway::UsagePlan) covers 2"
            + " API stages; Hangar meters a usage plan for one API stage only");
  }

  @Test
  void usagePlanWithoutCreateUsagePlan_isRefusedWithItsLine() throws IOException {
    loading("Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      Auth:\n        UsagePlan:\n          Quota: {Limit: 1, Period: DAY}\n")
        .hasMessage(
            "template.yaml, line 8: Auth.UsagePlan needs CreateUsagePlan: PER_API, SHARED or NONE"
                + " written out");
  }

  @Test
  void shortApiKeyValue_isRefusedWithItsLine() throws IOException {
    loading("Resources:\n  Key:\n    Type: AWS::ApiGateway::ApiKey\n    Properties:\n      Value: short\n")
        .hasMessage(
            "template.yaml, line 5: resource Key (AWS::ApiGateway::ApiKey) has a Value of 5"
                + " characters; API Gateway takes API key values of 20 to 128 characters");
  }

  @Test
  void stageKeysWithoutAUsagePlan_areRefused_sinceApiGatewayAcceptsKeysThroughPlans()
      throws IOException {
    loading(api("Api", "NONE") + function("Api")
            + "  Key:\n    Type: AWS::ApiGateway::ApiKey\n    Properties:\n      Enabled: true\n"
            + "      StageKeys:\n        - RestApiId: !Ref Api\n          StageName: v1\n")
        .hasMessageContaining(
            "resource Key (AWS::ApiGateway::ApiKey) names Api in StageKeys, but no usage plan"
                + " covering Api holds the key");
  }

  @Test
  void usagePlanNamingAnotherStage_isRefusedWithItsLine() throws IOException {
    loading(api("Api", "NONE") + function("Api")
            + "  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      ApiStages:\n"
            + "        - ApiId: !Ref Api\n          Stage: prod\n")
        .hasMessageContaining("names the stage prod of Api, whose stage is v1");
  }

  @Test
  void quotaOffset_isRefusedByName() throws IOException {
    loading(api("Api", "NONE") + function("Api")
            + "  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n"
            + "      Quota: {Limit: 10, Period: DAY, Offset: 2}\n")
        .hasMessageContaining("Quota has an Offset, which Hangar does not support yet");
  }

  @Test
  void unescapedResourcePath_isRefusedWithHowToEscapeIt() throws IOException {
    loading("Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      MethodSettings:\n        - ResourcePath: /orders/{id}\n          HttpMethod: GET\n"
            + "          CachingEnabled: true\n")
        .hasMessageContaining(
            "line 7: resource Api (AWS::Serverless::Api) MethodSettings[0] has ResourcePath"
                + " /orders/{id}; write /* for the whole stage, or one resource with its slashes"
                + " escaped as ~1");
  }

  @Test
  void apiKeyRequiredWithCors_isRefusedUnlessThePreflightIsLeftWithoutAKey() throws IOException {
    loading("Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      Cors: \"'*'\"\n      Auth:\n        ApiKeyRequired: true\n")
        .hasMessageContaining(
            "line 8: resource Api (AWS::Serverless::Api) Auth requires an API key on every method"
                + " and has Cors, so SAM also requires the key on the CORS preflight");
  }

  @Test
  void defaultAuthorizerWithCors_isRefusedUnlessThePreflightIsLeftWithoutIt() throws IOException {
    loading("Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
            + "      Cors: \"'*'\"\n      Auth:\n        DefaultAuthorizer: AWS_IAM\n")
        .hasMessageContaining(
            "line 8: resource Api (AWS::Serverless::Api) Auth has a DefaultAuthorizer and Cors, so"
                + " SAM also puts the authorizer on the CORS preflight");
  }

  @Test
  void simpleResponsesWithPayloadVersion10_isRefusedWithItsLine() throws IOException {
    loading("Resources:\n  Auth:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Handler: a.B::c\n      Runtime: java21\n"
            + "  Api:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n"
            + "        Authorizers:\n          L:\n            FunctionArn: !GetAtt Auth.Arn\n"
            + "            AuthorizerPayloadFormatVersion: '1.0'\n"
            + "            EnableSimpleResponses: true\n")
        .hasMessage(
            "template.yaml, line 15: resource Api (AWS::Serverless::HttpApi) Auth Authorizers L has"
                + " EnableSimpleResponses: true with AuthorizerPayloadFormatVersion 1.0; API Gateway"
                + " takes simple responses from 2.0 authorizers only: set the version to 2.0 or"
                + " remove EnableSimpleResponses");
  }

  @Test
  void lambdaAuthorizerPayloadVersion10_isKept() throws IOException {
    Template template =
        load("Resources:\n  Auth:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Handler: a.B::c\n      Runtime: java21\n"
            + "  Api:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n"
            + "        Authorizers:\n          L:\n            FunctionArn: !GetAtt Auth.Arn\n"
            + "            AuthorizerPayloadFormatVersion: '1.0'\n");

    assertThat(template.httpApis().get(0).auth().authorizers().get("L").payloadFormatVersion())
        .isEqualTo("1.0");
  }

  private static String api(String id, String mode) {
    return "  " + id + ":\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n"
        + "      Auth:\n        UsagePlan:\n          CreateUsagePlan: " + mode + "\n";
  }

  private static String function(String api) {
    return "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.B::c\n"
        + "      Runtime: java21\n      Events:\n        Get:\n          Type: Api\n"
        + "          Properties:\n            RestApiId: !Ref " + api + "\n            Path: /x\n"
        + "            Method: get\n";
  }

  private Template load(String resources) throws IOException {
    Files.writeString(dir.resolve("template.yaml"), "Resources:\n" + resources.replaceFirst("^Resources:\n", ""));
    return TemplateLoader.load(options());
  }

  private AbstractThrowableAssert<?, ? extends Throwable> loading(String yaml) throws IOException {
    String text = yaml.startsWith("Resources:") ? yaml : "Resources:\n" + yaml;
    Files.writeString(dir.resolve("template.yaml"), text);
    return assertThatThrownBy(() -> TemplateLoader.load(options())).isInstanceOf(TemplateException.class);
  }

  private TemplateOptions options() {
    return new TemplateOptions(
        "template.yaml", dir, getClass().getClassLoader(), Map.of(), "stack", "us-east-1",
        "000000000000", Instant.EPOCH);
  }
}
