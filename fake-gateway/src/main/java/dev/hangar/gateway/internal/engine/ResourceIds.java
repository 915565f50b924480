package dev.hangar.gateway.internal.engine;

/** Stable six-character resource ids, like the ids API Gateway gives a REST API's resources. */
final class ResourceIds {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private ResourceIds() {}

  static String of(String apiId, String resourcePath) {
    long hash = 1125899906842597L;
    for (char c : (apiId + resourcePath).toCharArray()) {
      hash = 31 * hash + c;
    }
    StringBuilder id = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      id.append(ALPHABET.charAt(Math.floorMod(hash, ALPHABET.length())));
      hash /= ALPHABET.length();
    }
    return id.toString();
  }
}
