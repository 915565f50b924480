package dev.hangar.junit.internal;

import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.HarnessLifecycle;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The configuration of one Hangar extension, from {@code @HangarTest} or the builder.
 *
 * @param name the extension's name ({@code ""} for the default one)
 * @param template the template path, or {@code ""} for none
 * @param parameters the template parameter overrides
 * @param lifecycle per method or per class
 * @param region the region
 * @param accountId the account id
 * @param stackName the stack name
 * @param clockStart where a fixed clock starts, or null for a system-following clock
 * @param seed the id seed
 * @param owner what the harness belongs to: the annotated class, or the builder-made extension
 * @param ownerClass the class that declares the configuration
 * @param origin how to name the configuration in messages
 * @param services extra services to add to every harness, each made fresh per harness
 * @param jwks JSON Web Key Sets by JWT issuer, for the template's JWT authorizers
 * @param streamDelivery when stream records reach the functions mapped to them
 */
public record Settings(
    String name,
    String template,
    Map<String, String> parameters,
    HarnessLifecycle lifecycle,
    String region,
    String accountId,
    String stackName,
    Instant clockStart,
    long seed,
    Object owner,
    Class<?> ownerClass,
    String origin,
    List<Supplier<? extends AwsService>> services,
    Map<String, String> jwks,
    DeliveryMode streamDelivery) {

  /** Copies the parameters, services and key sets. */
  public Settings {
    parameters = Map.copyOf(parameters);
    services = List.copyOf(services);
    jwks = Map.copyOf(jwks);
  }

  /** These settings in another region. */
  Settings withRegion(String otherRegion) {
    return new Settings(
        name, template, parameters, lifecycle, otherRegion, accountId, stackName, clockStart, seed,
        owner, ownerClass, origin, services, jwks, streamDelivery);
  }

  /** Parses {@code Name=value} entries. */
  public static Map<String, String> parameters(String[] entries, String origin) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new ExtensionConfigurationException(
            origin + ": the parameter '" + entry + "' is not of the form Name=value");
      }
      out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
    }
    return out;
  }

  /** Parses a clock start; empty gives null. */
  public static Instant clockStart(String text, String origin) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          origin
              + ": clock '"
              + text
              + "' is not an ISO-8601 instant; write it as 2026-01-01T00:00:00Z",
          e);
    }
  }
}
