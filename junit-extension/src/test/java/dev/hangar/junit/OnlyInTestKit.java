package dev.hangar.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps fixture classes (many of which fail on purpose) out of normal runs: they run only when the
 * EngineTestKit passes the configuration parameter {@code hangar.fixtures}.
 */
final class OnlyInTestKit implements ExecutionCondition {
  static final String PARAMETER = "hangar.fixtures";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(PARAMETER).isPresent()
        ? ConditionEvaluationResult.enabled("run by EngineTestKit")
        : ConditionEvaluationResult.disabled("a fixture, run only by EngineTestKit");
  }
}
