package dev.hangar.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Reads {@code @HangarTest(jwks = "issuer=path")} entries: each names a JWT issuer and the file
 * (relative to the project directory, else a class-path resource) that holds its JSON Web Key Set,
 * the document a real issuer serves at its {@code jwks_uri}.
 */
final class JwksFiles {
  private JwksFiles() {}

  static Map<String, String> read(String[] entries, ClassLoader loader, String origin) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      // Issuers are URLs (they may hold '='); file names rarely do: split at the last one.
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new ExtensionConfigurationException(
            origin
                + ": the jwks entry '"
                + entry
                + "' is not of the form issuer=path, for example"
                + " \"https://auth.example.com/=jwks.json\"");
      }
      out.put(entry.substring(0, eq).trim(), text(entry.substring(eq + 1).trim(), loader, origin));
    }
    return out;
  }

  private static String text(String name, ClassLoader loader, String origin) {
    Path file = Path.of(name).toAbsolutePath().normalize();
    String resource = name.startsWith("/") ? name.substring(1) : name;
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      URL url = loader.getResource(resource);
      if (url != null) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new ExtensionConfigurationException(
          origin + ": could not read the JSON Web Key Set " + name + ": " + e, e);
    }
    throw new ExtensionConfigurationException(
        origin
            + ": the JSON Web Key Set "
            + name
            + " was not found: tried the file "
            + file
            + " and the class-path resource "
            + resource);
  }
}
