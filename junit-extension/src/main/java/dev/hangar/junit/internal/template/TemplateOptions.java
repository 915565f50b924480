package dev.hangar.junit.internal.template;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How to load a template.
 *
 * @param path the template as the user named it: a file relative to {@code baseDirectory}, or a
 *     class-path resource
 * @param baseDirectory where relative files are looked up (the project directory in a build)
 * @param classLoader where class-path resources are looked up
 * @param parameterOverrides values for the template's Parameters, by name
 * @param stackName what {@code AWS::StackName} resolves to
 * @param region what {@code AWS::Region} resolves to
 * @param accountId what {@code AWS::AccountId} resolves to
 * @param createdAt the stack's creation time, used in stream ARNs' labels
 */
public record TemplateOptions(
    String path,
    Path baseDirectory,
    ClassLoader classLoader,
    Map<String, String> parameterOverrides,
    String stackName,
    String region,
    String accountId,
    Instant createdAt) {
  /** Checks for nulls and copies the overrides. */
  public TemplateOptions {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(classLoader, "classLoader");
    parameterOverrides = Copies.map(parameterOverrides);
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
