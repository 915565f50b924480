package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Evaluates a Lambda authorizer's {@code policyDocument} for one {@code execute-api:Invoke} on a
 * method ARN, as "Amazon API Gateway Lambda authorizer output" and IAM's evaluation logic say: an
 * explicit {@code Deny} wins, then an {@code Allow}; nothing matching is an implicit deny. {@code
 * Action} and {@code Resource} may be a string or an array and use {@code *} and {@code ?}.
 */
final class IamPolicy {

  /** Whether the policy is well formed enough to evaluate. */
  enum Verdict {
    ALLOW,
    DENY,
    MALFORMED
  }

  private IamPolicy() {}

  static Verdict evaluate(JsonNode policy, String methodArn) {
    if (policy == null || !policy.isObject()) {
      return Verdict.MALFORMED;
    }
    JsonNode statements = policy.get("Statement");
    if (statements == null) {
      return Verdict.MALFORMED;
    }
    List<JsonNode> list = new ArrayList<>();
    if (statements.isArray()) {
      statements.forEach(list::add);
    } else {
      list.add(statements);
    }
    boolean allowed = false;
    for (JsonNode statement : list) {
      String effect = statement.path("Effect").asText("");
      if (!matchesAny(statement.get("Action"), "execute-api:Invoke", true)
          || !matchesAny(statement.get("Resource"), methodArn, false)) {
        continue;
      }
      if ("Deny".equals(effect)) {
        return Verdict.DENY;
      }
      if ("Allow".equals(effect)) {
        allowed = true;
      }
    }
    return allowed ? Verdict.ALLOW : Verdict.DENY;
  }

  private static boolean matchesAny(JsonNode patterns, String value, boolean ignoreCase) {
    if (patterns == null) {
      return false;
    }
    if (patterns.isArray()) {
      for (JsonNode pattern : patterns) {
        if (matches(pattern.asText(), value, ignoreCase)) {
          return true;
        }
      }
      return false;
    }
    return matches(patterns.asText(), value, ignoreCase);
  }

  static boolean matches(String pattern, String value, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(value).matches();
  }
}
