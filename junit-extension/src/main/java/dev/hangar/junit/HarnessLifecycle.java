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
  PER_CLASS
}
