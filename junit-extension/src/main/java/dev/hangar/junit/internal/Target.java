package dev.hangar.junit.internal;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** What a Hangar test runs against, chosen by the system property {@code hangar.target}. */
public enum Target {
  /** Hangar's in-process fakes (the default). */
  FAKE,
  /** The endpoints the AWS SDK's default provider chains find: an AWS account or DynamoDB Local. */
  AWS;

  /** The system property's name. */
  public static final String PROPERTY = "hangar.target";

  /** The target the system property names. */
  public static Target current() {
    String value = System.getProperty(PROPERTY, "fake").trim();
    switch (value.toLowerCase(Locale.ROOT)) {
      case "fake":
      case "":
        return FAKE;
      case "aws":
        return AWS;
      default:
        throw new ExtensionConfigurationException(
            "The system property "
                + PROPERTY
                + " is '"
                + value
                + "'; set it to fake (Hangar's fakes, the default) or aws (real endpoints)");
    }
  }
}
