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
 * @param harnessScope what else API ids derive from, so that harnesses of one template open at
 *     the same time have different ids ({@code ""} for ids from the stack name alone); the same
 *     scope gives the same ids on every run
 * @param tableNamePrefix what every physical table name starts with ({@code ""} for the names a
 *     stack would have; a run's unique prefix against real endpoints)
 */
public record TemplateOptions(
    String path,
    Path baseDirectory,
    ClassLoader classLoader,
    Map<String, String> parameterOverrides,
    String stackName,
    String region,
    String accountId,
    Instant createdAt,
    String harnessScope,
    String tableNamePrefix) {
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
    Objects.requireNonNull(harnessScope, "harnessScope");
    Objects.requireNonNull(tableNamePrefix, "tableNamePrefix");
  }

  /** Options for one stack with ids from its name alone and the stack's own table names. */
  public TemplateOptions(
      String path,
      Path baseDirectory,
      ClassLoader classLoader,
      Map<String, String> parameterOverrides,
      String stackName,
      String region,
      String accountId,
      Instant createdAt) {
    this(
        path, baseDirectory, classLoader, parameterOverrides, stackName, region, accountId,
        createdAt, "", "");
  }

  /**
   * These options for one harness.
   *
   * @param scope what distinguishes the harness (see {@code harnessScope})
   * @param prefix what its table names start with (see {@code tableNamePrefix})
   * @return the options, otherwise the same
   */
  public TemplateOptions forHarness(String scope, String prefix) {
    return new TemplateOptions(
        path, baseDirectory, classLoader, parameterOverrides, stackName, region, accountId,
        createdAt, scope, prefix);
  }
}
