package dev.hangar.junit;

/**
 * How long one harness lives in a test class.
 *
 * @since 0.1.0
 */
public enum HarnessLifecycle {
  /**
   * A new harness for every test method: no test sees another's data. Building a harness is object
   * construction, so this is cheap; it is the default.
   */
  PER_METHOD,

  /**
   * One harness for the whole test class (and its {@code @Nested} classes that declare no harness
   * of their own): tests see each other's data, in execution order. Needed to inject a harness into
   * {@code @BeforeAll} methods or a {@code @TestInstance(PER_CLASS)} constructor.
   */
  PER_CLASS,

  /**
   * One harness for the whole test class, put back before each test to what the class declared:
   * every table is dropped and the template's tables are created again with the class's {@code
   * @Seed} data, the template's stream triggers are mapped again, and the invocation records,
   * logs and stream deliveries are forgotten. Functions stay warm (a handler's instance, and its
   * static state, outlive the test, as in one Lambda execution environment), the gateways keep
   * their caches, and open WebSocket connections stay open. Much cheaper than {@link #PER_METHOD}
   * when a class has many tests; tests of the class run one at a time, also under parallel
   * execution.
   */
  PER_CLASS_WITH_RESET
}
