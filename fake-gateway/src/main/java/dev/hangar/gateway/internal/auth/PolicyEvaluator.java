package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the IAM policy a Lambda authorizer returned against the {@code methodArn} or {@code
 * routeArn} of a request: an explicit Deny wins, then an Allow; otherwise the request is implicitly
 * denied ("Output from an API Gateway Lambda authorizer"). Statements may be one object or an
 * array; {@code Action} and {@code Resource} may be a string or an array, with IAM wildcards.
 */
public final class PolicyEvaluator {
  private PolicyEvaluator() {}

  /**
   * Evaluates a policy document.
   *
   * @param policyDocument the {@code policyDocument} object
   * @param arn the ARN of the request
   * @return the decision
   * @throws InvalidAuthorizerOutputException when the document is not a valid policy
   */
  public static PolicyDecision evaluate(JsonNode policyDocument, String arn) {
    if (policyDocument == null || !policyDocument.isObject()) {
      throw new InvalidAuthorizerOutputException("policyDocument is missing or not an object");
    }
    JsonNode statements = field(policyDocument, "Statement");
    if (statements == null) {
      throw new InvalidAuthorizerOutputException("policyDocument has no Statement");
    }
    boolean allowed = false;
    for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
      String effect = text(field(statement, "Effect"), "Effect");
      if (!covers(strings(field(statement, "Action"), "Action"), true, arn)
          || !covers(strings(field(statement, "Resource"), "Resource"), false, arn)) {
        continue;
      }
      if (effect.equals("Deny")) {
        return PolicyDecision.EXPLICIT_DENY;
      }
      if (effect.equals("Allow")) {
        allowed = true;
      } else {
        throw new InvalidAuthorizerOutputException("Effect must be Allow or Deny, got " + effect);
      }
    }
    return allowed ? PolicyDecision.ALLOW : PolicyDecision.IMPLICIT_DENY;
  }

  private static boolean covers(List<String> patterns, boolean action, String arn) {
    for (String pattern : patterns) {
      if (action ? ArnPattern.coversInvoke(pattern) : ArnPattern.matches(pattern, arn)) {
        return true;
      }
    }
    return false;
  }

  /** IAM element names are case-sensitive in documents, but API Gateway accepts either case. */
  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(name);
    return value != null ? value : node.get(name.toLowerCase(Locale.ROOT));
  }

  private static String text(JsonNode node, String element) {
    if (node == null || !node.isTextual()) {
      throw new InvalidAuthorizerOutputException(element + " must be a string");
    }
    return node.asText();
  }

  private static List<String> strings(JsonNode node, String element) {
    List<String> values = new ArrayList<>();
    if (node != null && node.isTextual()) {
      values.add(node.asText());
      return values;
    }
    if (node != null && node.isArray()) {
      for (JsonNode value : node) {
        values.add(text(value, element));
      }
      return values;
    }
    throw new InvalidAuthorizerOutputException(element + " must be a string or an array");
  }
}
