package dev.hangar.gateway.internal.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Policy evaluation of a Lambda authorizer's output for a {@code $connect} method ARN. */
class IamPolicyTest {
  private static final String ARN =
      "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/$connect";

  private static IamPolicy.Verdict evaluate(String policy) throws Exception {
    JsonNode node = WebSocketEvents.JSON.readTree(policy.replace('\'', '"'));
    return IamPolicy.evaluate(node, ARN);
  }

  @Test
  void allowForTheExactArn() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'"
                    + ARN
                    + "'}]}"))
        .isEqualTo(IamPolicy.Verdict.ALLOW);
  }

  @Test
  void singleStatementObject_andResourceArray() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':{'Effect':'Allow','Action':['execute-api:Invoke'],'Resource':['x','"
                    + ARN
                    + "']}}"))
        .isEqualTo(IamPolicy.Verdict.ALLOW);
  }

  @Test
  void wildcards() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:*','Resource':'arn:aws:execute-api:us-east-1:*:abcdef1234/*/$connect'}]}"))
        .isEqualTo(IamPolicy.Verdict.ALLOW);
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'arn:aws:execute-api:us-east-1:123456789012:abcdef1234/pro?/*'}]}"))
        .isEqualTo(IamPolicy.Verdict.ALLOW);
  }

  @Test
  void actionIsCaseInsensitive() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'Execute-API:invoke','Resource':'*'}]}"))
        .isEqualTo(IamPolicy.Verdict.ALLOW);
  }

  @Test
  void explicitDenyWins() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'},{'Effect':'Deny','Action':'*','Resource':'"
                    + ARN
                    + "'}]}"))
        .isEqualTo(IamPolicy.Verdict.DENY);
  }

  @Test
  void noMatchingStatement_isAnImplicitDeny() throws Exception {
    assertThat(
            evaluate(
                "{'Statement':[{'Effect':'Allow','Action':'execute-api:Invoke','Resource':'arn:aws:execute-api:us-east-1:123456789012:other/prod/$connect'}]}"))
        .isEqualTo(IamPolicy.Verdict.DENY);
    assertThat(
            evaluate("{'Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}]}"))
        .isEqualTo(IamPolicy.Verdict.DENY);
    assertThat(evaluate("{'Statement':[]}")).isEqualTo(IamPolicy.Verdict.DENY);
  }

  @Test
  void missingStatement_isMalformed() throws Exception {
    assertThat(evaluate("{'Version':'2012-10-17'}")).isEqualTo(IamPolicy.Verdict.MALFORMED);
    assertThat(IamPolicy.evaluate(null, ARN)).isEqualTo(IamPolicy.Verdict.MALFORMED);
  }

  @Test
  void regexCharactersInTheArn_areLiteral() {
    assertThat(IamPolicy.matches("a.b", "axb", false)).isFalse();
    assertThat(IamPolicy.matches("a.b", "a.b", false)).isTrue();
    assertThat(IamPolicy.matches("$connect", "$connect", false)).isTrue();
  }
}
