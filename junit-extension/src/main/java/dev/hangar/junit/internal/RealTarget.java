package dev.hangar.junit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a test run against real endpoints ({@code hangar.target=aws}) needs to stay apart from
 * other runs: a run id, chosen once per JVM (or given with {@code -Dhangar.runId}), that starts
 * every table name the run creates, so that parallel runs in one account never share a table.
 */
final class RealTarget {
  /** The system property that fixes the run id (letters, digits, at most 12). */
  static final String RUN_ID_PROPERTY = "hangar.runId";

  private static final String RUN_ID = runId();

  private RealTarget() {}

  /**
   * The prefix of one harness's table names: {@code hangar-{run id}-{harness hash}-}.
   *
   * @param harnessScope what distinguishes the harness within the run
   */
  static String tableNamePrefix(String harnessScope) {
    return "hangar-" + RUN_ID + "-" + hash(harnessScope) + "-";
  }

  private static String runId() {
    String given = System.getProperty(RUN_ID_PROPERTY, "").trim();
    if (!given.isEmpty()) {
      if (!given.matches("[A-Za-z0-9]{1,12}")) {
        throw new IllegalStateException(
            "The system property " + RUN_ID_PROPERTY + " is '" + given
                + "'; use 1 to 12 letters and digits (it starts the names of the tables a run"
                + " creates)");
      }
      return given.toLowerCase(Locale.ROOT);
    }
    // Real endpoints are shared with other runs, so this id must not repeat: it is random.
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      id.append(Character.forDigit(random.nextInt(36), 36));
    }
    return id.toString();
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        out.append(String.format("%02x", digest[i]));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
