package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.junit.internal.template.FunctionSpec;
import dev.hangar.junit.internal.template.Template;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Registers a template's functions with the harness's Lambda runtime, as CloudFormation creates them. */
final class FunctionRegistration {
  private FunctionRegistration() {}

  static void register(Harness harness, Template template, String origin) {
    for (FunctionSpec function : template.functions()) {
      FunctionDefinition.Builder definition =
          FunctionDefinition.builder(function.functionName())
              .handler(function.handler())
              .runtime(function.runtime())
              .timeout(Duration.ofSeconds(function.timeoutSeconds()))
              .memorySize(function.memoryMb())
              .environment(function.environment());
      if (function.reservedConcurrency() != null) {
        definition.reservedConcurrency(function.reservedConcurrency());
      }
      try {
        harness.lambda().register(definition.build());
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(
            origin
                + ": the function "
                + function.logicalId()
                + " of "
                + template.file()
                + " could not be registered: "
                + e.getMessage(),
            e);
      }
    }
  }
}
