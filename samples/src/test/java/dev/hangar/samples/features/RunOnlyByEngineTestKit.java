package dev.hangar.samples.features;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps fixture classes that fail on purpose out of the normal run: they run only when EngineTestKit
 * passes the configuration parameter {@value #PARAMETER}.
 */
final class RunOnlyByEngineTestKit implements ExecutionCondition {
    static final String PARAMETER = "samples.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                : ConditionEvaluationResult.disabled("a fixture that fails on purpose, run only by EngineTestKit");
    }
}
