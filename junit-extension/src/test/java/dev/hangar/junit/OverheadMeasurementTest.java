package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Measures the overhead the issue asks for: a {@code @HangarTest} class of 100 tests, each with its
 * own harness holding a table, a seed of 100 items, a function and an API, each test sending one
 * request through the API to the function and the table. Runs only on request (no timed asserts in
 * the build):
 *
 * <pre>
 * mvn -B -o -q -pl junit-extension -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=OverheadMeasurementTest -Dhangar.measure=true
 * </pre>
 *
 * It prints the wall time of five runs of the class, with a harness per test and with one harness
 * reset before each test; the first runs pay for class loading and JIT.
 */
@EnabledIfSystemProperty(named = "hangar.measure", matches = "true")
class OverheadMeasurementTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-api.yaml")
  @Seed(table = "Users", value = "users-100.json")
  static class HundredTestsPerMethod {
    @RepeatedTest(100)
    void oneRequest(@Named("ServerlessHttpApi") GatewayClient api) {
      assertThat(api.get("/users/u42")).hasStatus(200).hasJsonPath("name", "user 42");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-api.yaml", lifecycle = HarnessLifecycle.PER_CLASS_WITH_RESET)
  @Seed(table = "Users", value = "users-100.json")
  static class HundredTestsWithReset {
    @RepeatedTest(100)
    void oneRequest(@Named("ServerlessHttpApi") GatewayClient api) {
      assertThat(api.get("/users/u42")).hasStatus(200).hasJsonPath("name", "user 42");
    }
  }

  @Test
  void hundredTestsWithTableSeedFunctionAndApi() {
    for (Class<?> fixture : new Class<?>[] {HundredTestsPerMethod.class, HundredTestsWithReset.class}) {
      for (int run = 1; run <= 5; run++) {
        long start = System.nanoTime();
        EngineExecutionResults results = Fixtures.run(fixture);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Fixtures.assertPassed(results, 100);
        System.out.printf(
            "%s run %d: 100 tests in %d ms (%.1f ms a test)%n",
            fixture.getSimpleName(), run, millis, millis / 100.0);
      }
    }
  }
}
