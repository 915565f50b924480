package dev.hangar.gateway.internal.auth;

/**
 * IAM's wildcard matching of resource ARNs and actions: {@code *} matches any run of characters
 * (slashes included), {@code ?} any one character; everything else matches itself, case-sensitively
 * ("IAM JSON policy elements: Resource").
 */
public final class ArnPattern {
  private ArnPattern() {}

  /** Whether the value matches the pattern. */
  public static boolean matches(String pattern, String value) {
    int p = 0;
    int v = 0;
    int starP = -1;
    int starV = 0;
    while (v < value.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
        p++;
        v++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starV = v;
      } else if (starP >= 0) {
        p = starP + 1;
        v = ++starV;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Whether an IAM action pattern covers {@code execute-api:Invoke}; actions ignore case. */
  public static boolean coversInvoke(String actionPattern) {
    return matches(actionPattern.toLowerCase(java.util.Locale.ROOT), "execute-api:invoke");
  }
}
