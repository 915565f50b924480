package dev.hangar.harness.internal.lambda;

import dev.hangar.harness.internal.env.EnvironmentOverlay;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment a function's handler sees (AWS documentation: "Defined runtime environment
 * variables"): the process environment without its {@code AWS_*} variables (so a developer's own
 * credentials and profile never leak into a function), Lambda's reserved variables, and the
 * function's own variables.
 */
final class ReservedVariables {
  /** The keys Lambda refuses in a function's configuration. */
  static final Set<String> RESERVED =
      Set.of(
          "_HANDLER",
          "_X_AMZN_TRACE_ID",
          "AWS_DEFAULT_REGION",
          "AWS_REGION",
          "AWS_EXECUTION_ENV",
          "AWS_LAMBDA_FUNCTION_NAME",
          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
          "AWS_LAMBDA_FUNCTION_VERSION",
          "AWS_LAMBDA_INITIALIZATION_TYPE",
          "AWS_LAMBDA_LOG_GROUP_NAME",
          "AWS_LAMBDA_LOG_STREAM_NAME",
          "AWS_ACCESS_KEY",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_LAMBDA_RUNTIME_API",
          "LAMBDA_TASK_ROOT",
          "LAMBDA_RUNTIME_DIR");

  private ReservedVariables() {}

  /** Lambda's {@code InvalidParameterValueException} text when reserved keys are configured. */
  static void check(FunctionDefinition definition) {
    List<String> used = new ArrayList<>();
    for (String key : definition.environment().keySet()) {
      if (RESERVED.contains(key)) {
        used.add(key);
      }
    }
    if (!used.isEmpty()) {
      throw new IllegalArgumentException(
          "Lambda was unable to configure your environment variables because the environment"
              + " variables you have provided contains reserved keys that are currently not"
              + " supported for modification. Reserved keys used in this request: "
              + String.join(", ", used));
    }
  }

  static Map<String, String> of(
      FunctionDefinition definition, RuntimeSettings settings, String logStream) {
    Map<String, String> env = new LinkedHashMap<>();
    EnvironmentOverlay.processEnvironment()
        .forEach(
            (key, value) -> {
              if (!key.startsWith("AWS_")) {
                env.put(key, value);
              }
            });
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("LAMBDA_TASK_ROOT", "/var/task");
    env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
    env.put("_HANDLER", definition.handler());
    env.put("AWS_REGION", settings.region());
    env.put("AWS_DEFAULT_REGION", settings.region());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + definition.runtime());
    env.put("AWS_LAMBDA_FUNCTION_NAME", definition.name());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(definition.memorySize()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + definition.name());
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
    // The function's role credentials: Hangar's fakes accept any, as the activation's do.
    env.put("AWS_ACCESS_KEY_ID", "hangar");
    env.put("AWS_SECRET_ACCESS_KEY", "hangar");
    env.put("AWS_SESSION_TOKEN", "hangar");
    env.putAll(definition.environment());
    return Collections.unmodifiableMap(env);
  }
}
