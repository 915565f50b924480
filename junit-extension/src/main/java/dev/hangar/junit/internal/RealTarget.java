package dev.hangar.junit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.internal.template.EventSpec;
import dev.hangar.junit.internal.template.FunctionSpec;
import dev.hangar.junit.internal.template.Template;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What a test run against real endpoints ({@code hangar.target=aws}) needs to stay apart from
 * other runs: a run id, chosen once per JVM (or given with {@code -Dhangar.runId}), that starts
 * every table name the run creates, so that parallel runs in one account never share a table.
 */
final class RealTarget {
  /** The system property that fixes the run id (letters, digits, at most 12). */
  static final String RUN_ID_PROPERTY = "hangar.runId";

  /** The run id when no property gives one: random, since real endpoints are shared with other runs. */
  private static final String RANDOM_RUN_ID = randomRunId();

  private RealTarget() {}

  /**
   * The prefix of one harness's table names: {@code hangar-{run id}-{harness hash}-} (what {@code
   * TemplateTableNames.RUN_PREFIX} recognises).
   *
   * @param harnessScope what distinguishes the harness within the run
   */
  static String tableNamePrefix(String harnessScope) {
    return "hangar-" + runId() + "-" + hash(harnessScope) + "-";
  }

  /**
   * DynamoDB at the real endpoint the user's settings name, in place of Hangar's fake.
   *
   * @throws ExtensionConfigurationException when the AWS SDK is missing or the endpoint is Hangar's
   */
  static AwsService dynamo(String fallbackRegion, String origin) {
    try {
      return new RealDynamo(RealEndpoints.find(fallbackRegion, origin));
    } catch (NoClassDefFoundError e) {
      throw new ExtensionConfigurationException(
          origin
              + ": "
              + Target.PROPERTY
              + "=aws signs requests for the real endpoint with the AWS SDK v2, which is not on the"
              + " test class path; add software.amazon.awssdk:dynamodb as a test dependency",
          e);
    }
  }

  /** The region real requests go to: the user's {@code aws.region} / {@code AWS_REGION}, else the given one. */
  static String region(String fallback) {
    String region = AmbientProperties.outside("aws.region");
    if (region == null || region.isBlank()) {
      region = System.getenv("AWS_REGION");
    }
    if (region == null || region.isBlank()) {
      region = System.getenv("AWS_DEFAULT_REGION");
    }
    return region == null || region.isBlank() ? fallback : region.trim();
  }

  /**
   * Fails at once for what a template asks that real endpoints cannot do inside a test: stream
   * triggers (they would need Lambda to read the real stream; Hangar's functions run in-process).
   */
  static void refuseUnsupported(Template template, String origin) {
    if (template == null) {
      return;
    }
    for (FunctionSpec function : template.functions()) {
      for (EventSpec event : function.events()) {
        if (event instanceof EventSpec.DynamoDb stream) {
          throw new ExtensionConfigurationException(
              origin
                  + ": the DynamoDB stream trigger "
                  + stream.name()
                  + " of function "
                  + function.logicalId()
                  + " in "
                  + template.file()
                  + " is not supported with "
                  + Target.PROPERTY
                  + "=aws (Hangar does not read real streams into in-process functions); run"
                  + " this class against the fakes, or assert on the stream itself with"
                  + " assertThat(table.stream())");
        }
      }
    }
  }

  /**
   * Makes advancing the harness clock fail when the template's tables use Time to Live: the real
   * service expires items on its own clock, so time travel would silently not expire anything.
   */
  static AutoCloseable refuseTimeToLiveTravel(HarnessClock clock, Template template) {
    List<String> ttl =
        template.tables().stream()
            .filter(t -> t.ttlAttribute() != null)
            .map(t -> t.logicalId() + " (attribute " + t.ttlAttribute() + ")")
            .toList();
    if (ttl.isEmpty()) {
      return () -> {};
    }
    return clock.onAdvance(
        now -> {
          throw new UnsupportedOperationException(
              "The harness clock moved to "
                  + now
                  + ", but Time to Live on "
                  + String.join(", ", ttl)
                  + " does not follow it with "
                  + Target.PROPERTY
                  + "=aws: the real DynamoDB deletes expired items on its own clock, within days."
                  + " Run tests that travel in time against the fakes (without "
                  + Target.PROPERTY
                  + "=aws)");
        });
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
    return RANDOM_RUN_ID;
  }

  private static String randomRunId() {
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
