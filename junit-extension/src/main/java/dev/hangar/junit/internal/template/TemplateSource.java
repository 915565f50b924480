package dev.hangar.junit.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a template's text: a file relative to the project directory first, then the class path. */
final class TemplateSource {
  private TemplateSource() {}

  static String read(TemplateOptions options) {
    String name = options.path();
    Path file = options.baseDirectory().resolve(name).toAbsolutePath().normalize();
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      String resource = name.startsWith("/") ? name.substring(1) : name;
      URL url = options.classLoader().getResource(resource);
      if (url != null) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new TemplateException("Could not read the template " + name + ": " + e, e);
    }
    throw new TemplateException(
        "The template "
            + name
            + " was not found: tried the file "
            + file
            + " and the class-path resource "
            + (name.startsWith("/") ? name.substring(1) : name)
            + ". Give a path relative to the project directory ("
            + options.baseDirectory().toAbsolutePath().normalize()
            + ") or to the test class path (src/test/resources)");
  }
}
