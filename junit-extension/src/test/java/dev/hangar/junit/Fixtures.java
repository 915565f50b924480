package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the Jupiter engine and reads what happened. */
final class Fixtures {
  static final Map<String, String> PARALLEL =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "concurrent",
          "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

  private Fixtures() {}

  static EngineExecutionResults run(Class<?> fixture) {
    return run(fixture, Map.of());
  }

  static EngineExecutionResults run(Class<?> fixture, Map<String, String> configuration) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .configurationParameters(configuration)
        .selectors(selectClass(fixture))
        .execute();
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .configurationParameters(configuration)
        .selectors(java.util.Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
        .execute();
  }

  /** Asserts that every test passed, showing the failures if not. */
  static void assertPassed(EngineExecutionResults results, int tests) {
    assertThat(failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(tests);
  }

  /** The failures of tests and containers, in order. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().finished().stream()
        .map(Event::getPayload)
        .flatMap(p -> p.map(Optional::of).orElse(Optional.empty()).stream())
        .filter(TestExecutionResult.class::isInstance)
        .map(TestExecutionResult.class::cast)
        .map(TestExecutionResult::getThrowable)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The single failure of a run. */
  static Throwable onlyFailure(EngineExecutionResults results) {
    List<Throwable> failures = failures(results);
    assertThat(failures).hasSize(1);
    return failures.get(0);
  }
}
