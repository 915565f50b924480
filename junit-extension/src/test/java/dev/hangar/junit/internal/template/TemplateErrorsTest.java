package dev.hangar.junit.internal.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateErrorsTest {
  @TempDir Path dir;

  private AbstractThrowableAssert<?, ? extends Throwable> loading(String yaml) throws IOException {
    Files.writeString(dir.resolve("template.yaml"), yaml);
    TemplateOptions options =
        new TemplateOptions(
            "template.yaml", dir, getClass().getClassLoader(), Map.of(), "stack", "us-east-1",
            "000000000000", Instant.EPOCH);
    return assertThatThrownBy(() -> TemplateLoader.load(options)).isInstanceOf(TemplateException.class);
  }

  @Test
  void missingFile_namesBothPlacesTriedAndHowToFix() {
    TemplateOptions options =
        new TemplateOptions(
            "nope/template.yaml", dir, getClass().getClassLoader(), Map.of(), "stack",
            "us-east-1", "000000000000", Instant.EPOCH);
    assertThatThrownBy(() -> TemplateLoader.load(options))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "The template nope/template.yaml was not found: tried the file "
                + dir.resolve("nope/template.yaml").toAbsolutePath()
                + " and the class-path resource nope/template.yaml. Give a path relative to the"
                + " project directory ("
                + dir.toAbsolutePath()
                + ") or to the test class path (src/test/resources)");
  }

  @Test
  void unsupportedResourceType_isReportedByNameWithItsLine() throws IOException {
    loading("Resources:\n  Table:\n    Type: AWS::Serverless::SimpleTable\n  Queue:\n    Type: AWS::SQS::Queue\n")
        .hasMessageStartingWith(
            "template.yaml, line 5: resource Queue has the type AWS::SQS::Queue, which Hangar does"
                + " not emulate (it emulates AWS::ApiGateway::ApiKey, AWS::ApiGateway::UsagePlan, ");
  }

  @Test
  void unsupportedShortTag_isReportedByNameWithItsLine() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      TableName: !ImportValue shared\n")
        .hasMessageStartingWith(
            "template.yaml, line 5: the intrinsic function !ImportValue is not supported by Hangar"
                + " (supported: Ref, Condition, Fn::GetAtt,");
  }

  @Test
  void unsupportedLongFormFunction_isReportedByNameWithItsLine() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      TableName:\n        Fn::GetAZs: ''\n")
        .hasMessageStartingWith(
            "template.yaml, line 6: the intrinsic function Fn::GetAZs is not supported by Hangar");
  }

  @Test
  void yamlSyntaxError_namesTheLine() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n   Bad: [unclosed\n")
        .hasMessageStartingWith("template.yaml, line 4: not valid YAML: ");
  }

  @Test
  void unknownRef_failsWithCloudFormationsMessageAndLine() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      TableName: !Ref Missing\n")
        .hasMessage(
            "template.yaml, line 5: Template format error: Unresolved resource dependencies"
                + " [Missing] in the Resources block of the template");
  }

  @Test
  void getAttOfUnsupportedAttribute_failsWithCloudFormationsMessage() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n  U:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      TableName: !GetAtt T.StreamArn\n")
        .hasMessage(
            "template.yaml, line 7: Template error: resource T does not support attribute type"
                + " StreamArn in Fn::GetAtt");
  }

  @Test
  void unsupportedProperty_isReportedWithItsLine() throws IOException {
    loading("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.B::c\n      Runtime: java21\n      FunctionUrlConfig:\n        AuthType: NONE\n")
        .hasMessage(
            "template.yaml, line 8: resource F (AWS::Serverless::Function) has the property"
                + " FunctionUrlConfig, which Hangar does not support (it supports Environment,"
                + " EventInvokeConfig, Events, FunctionName, Handler, MemorySize, PackageType,"
                + " ReservedConcurrentExecutions, Runtime, Timeout); remove it from the template"
                + " Hangar loads");
  }

  @Test
  void unsupportedEventType_isReportedWithItsLine() throws IOException {
    loading("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.B::c\n      Runtime: java21\n      Events:\n        Q:\n          Type: SQS\n")
        .hasMessage(
            "template.yaml, line 9: resource F (AWS::Serverless::Function) Events Q has the event"
                + " type SQS, which Hangar does not support (it supports Api, HttpApi, DynamoDB);"
                + " remove the event from the template Hangar loads");
  }

  @Test
  void nonJavaRuntime_isRejected() throws IOException {
    loading("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n")
        .hasMessage(
            "template.yaml, line 6: resource F (AWS::Serverless::Function) has Runtime python3.12;"
                + " Hangar runs Java handlers only (java11, java17, java21, ...)");
  }

  @Test
  void parameterWithoutValue_failsWithCloudFormationsMessage() throws IOException {
    loading("Parameters:\n  Env:\n    Type: String\nResources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n")
        .hasMessage(
            "Parameters: [Env] must have values; give them a Default in the template or pass them"
                + " as parameters = \"Name=value\"");
  }

  @Test
  void yamlAlias_isRejectedWithItsLine() throws IOException {
    loading("Resources:\n  T:\n    Type: &t AWS::Serverless::SimpleTable\n  U:\n    Type: *t\n")
        .hasMessage("template.yaml, line 5: YAML aliases (*t) are not supported; write the value out");
  }

  @Test
  void otherTransform_isRejected() throws IOException {
    loading("Transform: AWS::LanguageExtensions\nResources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n")
        .hasMessage(
            "template.yaml, line 1: the transform AWS::LanguageExtensions is not supported by"
                + " Hangar; only AWS::Serverless-2016-10-31 is");
  }

  @Test
  void selectOutOfRange_failsWithCloudFormationsMessage() throws IOException {
    loading("Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      TableName: !Select [3, [a, b]]\n")
        .hasMessage(
            "template.yaml, line 5: Template error: Fn::Select cannot select nonexistent value at"
                + " index 3");
  }

  private static final String FUNCTION =
      "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
          + "      Runtime: java21\n      Handler: a.B::handle\n";

  @Test
  void eventInvokeConfig_otherRetryCount_isRefusedWithItsLine() throws IOException {
    loading(FUNCTION + "      EventInvokeConfig:\n        MaximumRetryAttempts: 0\n")
        .hasMessage(
            "template.yaml, line 8: resource F (AWS::Serverless::Function) EventInvokeConfig has MaximumRetryAttempts 0; Hangar"
                + " retries a failed Event invocation twice, as Lambda does by default, and supports"
                + " only 2");
  }

  @Test
  void eventInvokeConfig_otherMaximumAge_isRefusedWithItsLine() throws IOException {
    loading(FUNCTION + "      EventInvokeConfig:\n        MaximumEventAgeInSeconds: 60\n")
        .hasMessage(
            "template.yaml, line 8: resource F (AWS::Serverless::Function) EventInvokeConfig has MaximumEventAgeInSeconds 60;"
                + " Hangar keeps Event invocations for Lambda's default of 21600 seconds and supports"
                + " only that");
  }

  @Test
  void eventInvokeConfig_destinationConfig_isRefusedByName() throws IOException {
    loading(
            FUNCTION
                + "      EventInvokeConfig:\n        DestinationConfig:\n          OnFailure:\n"
                + "            Type: SQS\n")
        .hasMessage(
            "template.yaml, line 9: resource F (AWS::Serverless::Function) EventInvokeConfig has the property DestinationConfig,"
                + " which Hangar does not support (it supports MaximumEventAgeInSeconds,"
                + " MaximumRetryAttempts); remove it from the template Hangar loads");
  }

  private static final String API =
      "Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n"
          + "      StageName: prod\n      GatewayResponses:\n";

  @Test
  void gatewayResponses_headerMappedFromTheRequest_isRefusedWithItsLine() throws IOException {
    loading(
            API
                + "        DEFAULT_4XX:\n          ResponseParameters:\n            Headers:\n"
                + "              X-Key: method.request.header.x-key\n")
        .hasMessage(
            "template.yaml, line 10: resource Api (AWS::Serverless::Api) GatewayResponses DEFAULT_4XX ResponseParameters"
                + " Headers maps X-Key from method.request.header.x-key; Hangar supports static"
                + " values only, in single quotes (\"'method.request.header.x-key'\")");
  }

  @Test
  void gatewayResponses_pathsAndOtherContentTypes_areRefusedByName() throws IOException {
    loading(
            API
                + "        DEFAULT_4XX:\n          ResponseParameters:\n            Paths:\n"
                + "              p: \"'v'\"\n")
        .hasMessageStartingWith(
            "template.yaml, line 10: resource Api (AWS::Serverless::Api) GatewayResponses DEFAULT_4XX"
                + " ResponseParameters has the property Paths, which Hangar does not support (it supports Headers)");
    loading(
            API
                + "        DEFAULT_4XX:\n          ResponseTemplates:\n"
                + "            text/html: '<p>no</p>'\n")
        .hasMessage(
            "template.yaml, line 9: resource Api (AWS::Serverless::Api) GatewayResponses DEFAULT_4XX ResponseTemplates has"
                + " a template for text/html; Hangar answers gateway responses as application/json"
                + " only");
  }

  @Test
  void httpApiThrottling_isRefusedWithItsLine() throws IOException {
    loading(
            "Resources:\n  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n"
                + "      DefaultRouteSettings:\n        ThrottlingRateLimit: 5\n")
        .hasMessage(
            "template.yaml, line 6: resource Http (AWS::Serverless::HttpApi) DefaultRouteSettings has"
                + " ThrottlingRateLimit; Hangar does not throttle HTTP API routes, so the limit would"
                + " not hold; remove it from the template Hangar loads");
  }

  @Test
  void httpEventTimeout_otherThanTheDefault_isRefusedWithItsLine() throws IOException {
    loading(
            FUNCTION
                + "      Events:\n        Get:\n          Type: HttpApi\n          Properties:\n"
                + "            Path: /a\n            Method: GET\n            TimeoutInMillis: 5000\n")
        .hasMessageContaining(
            "line 13: ")
        .hasMessageContaining(
            " has TimeoutInMillis 5000; Hangar waits for an HTTP API integration for API Gateway's"
                + " default of 30000 ms and supports only that");
  }

  @Test
  void jsonLogFormat_isRefusedWithItsLine() throws IOException {
    loading(FUNCTION + "      LoggingConfig:\n        LogFormat: JSON\n        LogGroup: g\n")
        .hasMessage(
            "template.yaml, line 8: resource F (AWS::Serverless::Function) LoggingConfig has"
                + " LogFormat JSON; Hangar writes a function's log as plain text (LogFormat Text)"
                + " only");
  }
}
