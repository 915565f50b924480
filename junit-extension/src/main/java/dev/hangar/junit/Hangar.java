package dev.hangar.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field for injection by Hangar, and qualifies a field or parameter when a test class has
 * several Hangar extensions ({@link HangarExtension.Builder#name(String)}).
 *
 * <pre>{@code
 * @HangarTest
 * class OrdersTest {
 *   @Hangar Harness harness;           // injected before each test
 *   @Hangar HarnessClock clock;
 *
 *   @Test
 *   void expires(@Hangar("eu") Harness eu) { ... }
 * }
 * }</pre>
 *
 * <p>Injectable types: {@code Harness}, {@code HarnessClock}, and, when the AWS SDK is on the class
 * path, {@code DynamoDbClient}, {@code DynamoDbStreamsClient} and {@code DynamoDbEnhancedClient}
 * bound to the test's harness.
 * Parameters of those types need no annotation unless several extensions could supply them. A
 * field so annotated must be a non-final instance field of an injectable type.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface Hangar {
  /**
   * The name of the extension that supplies the value; empty for the default (unnamed) one.
   *
   * @return the extension's name
   */
  String value() default "";
}
