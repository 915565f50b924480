package dev.hangar.junit;

import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.InvocationRecord;
import dev.hangar.harness.lambda.Lambda;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the invocations of one function of a harness's Lambda runtime, as its logs and
 * metrics would show them: how often it ran, cold starts, what it logged, whether it failed. Get
 * one from {@link HangarAssertions#assertThat(Lambda, String)}; it reads the invocations
 * completed when each assertion runs. Failure messages list the invocations.
 *
 * @since 0.1.0
 */
public final class FunctionAssert extends AbstractAssert<FunctionAssert, Lambda> {
  private final String function;

  FunctionAssert(Lambda actual, String function) {
    super(actual, FunctionAssert.class);
    this.function = function;
  }

  /**
   * Checks how many invocations completed, failed ones included.
   *
   * @param expected the count
   * @return this
   */
  public FunctionAssert wasInvoked(int expected) {
    List<InvocationRecord> records = records();
    if (records.size() != expected) {
      failWithMessage(
          "Expected function <%s> to be invoked <%s> times but it was invoked <%s> times:%s",
          function, expected, records.size(), describe(records));
    }
    return this;
  }

  /**
   * Checks that the function never ran.
   *
   * @return this
   */
  public FunctionAssert wasNotInvoked() {
    return wasInvoked(0);
  }

  /**
   * Checks how many invocations were cold starts (a new execution environment).
   *
   * @param expected the count
   * @return this
   */
  public FunctionAssert hadColdStarts(int expected) {
    List<InvocationRecord> records = records();
    long cold = records.stream().filter(InvocationRecord::coldStart).count();
    if (cold != expected) {
      failWithMessage(
          "Expected function <%s> to have <%s> cold starts but it had <%s>:%s",
          function, expected, cold, describe(records));
    }
    return this;
  }

  /**
   * Checks that some invocation logged a line containing the text.
   *
   * @param text the text
   * @return this
   */
  public FunctionAssert logged(String text) {
    List<InvocationRecord> records = records();
    boolean found =
        records.stream().flatMap(r -> r.logLines().stream()).anyMatch(line -> line.contains(text));
    if (!found) {
      failWithMessage(
          "Expected function <%s> to log a line containing <%s> but its log is:%n%s",
          function,
          text,
          records.stream().flatMap(r -> r.logLines().stream()).collect(Collectors.joining("\n")));
    }
    return this;
  }

  /**
   * Checks that some invocation failed with an error of this type ({@code errorType} of the
   * runtime's error JSON: the exception's class name, or {@code Sandbox.Timedout} and the like).
   *
   * @param errorType the error type, for example {@code java.lang.IllegalStateException}
   * @return this
   */
  public FunctionAssert threw(String errorType) {
    List<InvocationRecord> records = records();
    boolean found =
        records.stream()
            .anyMatch(r -> r.failed() && r.responsePayload().contains("\"errorType\":\"" + errorType + "\""));
    if (!found) {
      failWithMessage(
          "Expected function <%s> to fail with <%s> but it did not:%s",
          function, errorType, describe(records));
    }
    return this;
  }

  /**
   * Checks that no invocation failed.
   *
   * @return this
   */
  public FunctionAssert neverFailed() {
    List<InvocationRecord> records = records();
    if (records.stream().anyMatch(InvocationRecord::failed)) {
      failWithMessage("Expected function <%s> never to fail but:%s", function, describe(records));
    }
    return this;
  }

  private List<InvocationRecord> records() {
    isNotNull();
    return actual.invocations(resolve());
  }

  /**
   * The registered name: the name itself, or the one generated for a template function without
   * {@code FunctionName} ({@code {stack}-{LogicalId}-{suffix}}).
   */
  private String resolve() {
    if (actual.function(function).isPresent()) {
      return function;
    }
    List<String> names =
        actual.functions().stream().map(FunctionDefinition::name).toList();
    List<String> generated =
        names.stream().filter(n -> n.contains("-" + function + "-")).toList();
    if (generated.size() != 1) {
      failWithMessage(
          "Expected a function named <%s> (a function name, or a template function's logical id)"
              + " but the harness has %s",
          function,
          names);
    }
    return generated.get(0);
  }

  private static String describe(List<InvocationRecord> records) {
    if (records.isEmpty()) {
      return " none";
    }
    StringBuilder out = new StringBuilder();
    for (InvocationRecord r : records) {
      out.append(String.format("%n  - %s %s %s -> %s", r.startedAt(), r.requestId(),
          r.coldStart() ? "cold start" : "warm",
          r.failed() ? "failed: " + r.responsePayload() : "ok: " + clip(r.responsePayload())));
    }
    return out.toString();
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
