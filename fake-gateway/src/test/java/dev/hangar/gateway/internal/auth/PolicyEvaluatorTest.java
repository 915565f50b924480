package dev.hangar.gateway.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Evaluation of a Lambda authorizer's IAM policy against one ARN ("Output from an API Gateway
 * Lambda authorizer"), here a WebSocket API's {@code $connect} method ARN; REST and HTTP APIs use
 * the same evaluator with their method and route ARNs.
 */
class PolicyEvaluatorTest {
  private static final String ARN =
      "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/$connect";

  private static PolicyDecision evaluate(String policy) {
    JsonNode node = Json.parseOrNull(policy.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    return PolicyEvaluator.evaluate(node, ARN);
  }

  @Test
  void allowForTheExactArn() {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'"
                    + ARN
                    + "'}]}"))
        .isEqualTo(PolicyDecision.ALLOW);
  }

  @Test
  void singleStatementObject_andResourceArray() {
    assertThat(
            evaluate(
                "{'Statement':{'Effect':'Allow','Action':['execute-api:Invoke'],'Resource':['x','"
                    + ARN
                    + "']}}"))
        .isEqualTo(PolicyDecision.ALLOW);
  }

  @Test
  void wildcards() {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:*','Resource':'arn:aws:execute-api:us-east-1:*:abcdef1234/*/$connect'}]}"))
        .isEqualTo(PolicyDecision.ALLOW);
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'arn:aws:execute-api:us-east-1:123456789012:abcdef1234/pro?/*'}]}"))
        .isEqualTo(PolicyDecision.ALLOW);
  }

  @Test
  void actionIsCaseInsensitive() {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'Execute-API:invoke','Resource':'*'}]}"))
        .isEqualTo(PolicyDecision.ALLOW);
  }

  @Test
  void explicitDenyWins() {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'},{'Effect':'Deny','Action':'*','Resource':'"
                    + ARN
                    + "'}]}"))
        .isEqualTo(PolicyDecision.EXPLICIT_DENY);
  }

  @Test
  void noMatchingStatement_isAnImplicitDeny() {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'arn:aws:execute-api:us-east-1:123456789012:other/prod/$connect'}]}"))
        .isEqualTo(PolicyDecision.IMPLICIT_DENY);
    assertThat(
            evaluate("{'Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}]}"))
        .isEqualTo(PolicyDecision.IMPLICIT_DENY);
    assertThat(evaluate("{'Statement':[]}")).isEqualTo(PolicyDecision.IMPLICIT_DENY);
  }

  @Test
  void missingStatement_isInvalidOutput() {
    assertThatThrownBy(() -> evaluate("{'Version':'2012-10-17'}"))
        .isInstanceOf(InvalidAuthorizerOutputException.class)
        .hasMessage("policyDocument has no Statement");
    assertThatThrownBy(() -> PolicyEvaluator.evaluate(null, ARN))
        .isInstanceOf(InvalidAuthorizerOutputException.class)
        .hasMessage("policyDocument is missing or not an object");
  }

  @Test
  void regexCharactersInTheArn_areLiteral() {
    assertThat(ArnPattern.matches("a.b", "axb")).isFalse();
    assertThat(ArnPattern.matches("a.b", "a.b")).isTrue();
    assertThat(ArnPattern.matches("$connect", "$connect")).isTrue();
  }
}
