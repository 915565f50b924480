package dev.hangar.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts the items of a JSON file into a table before tests run: on a class, whenever a harness is
 * built for it (before each test per method, once per class); on a method, before that test.
 *
 * <pre>{@code
 * @HangarTest(template = "template.yaml")
 * @Seed(table = "OrdersTable", value = "orders.json")
 * class OrdersTest { ... }
 * }</pre>
 *
 * <p>The file holds a JSON array of items, either in plain JSON ({@code {"id": "a1", "total":
 * 12.5}}: strings become {@code S}, numbers {@code N} as written, booleans {@code BOOL}, null
 * {@code NULL}, arrays {@code L}, objects {@code M}) or in DynamoDB JSON ({@code {"id": {"S":
 * "a1"}}}, as {@code aws dynamodb scan} prints it), chosen by {@link #format()}. It is looked up as
 * a file relative to the project directory, then as a class-path resource relative to the test
 * class, then from the class-path root.
 *
 * <p>Items are written with PutItem, in order, through DynamoDB's own protocol; an item the table
 * rejects fails the test class with DynamoDB's message and the item's position.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Seeds.class)
public @interface Seed {
  /**
   * The JSON file.
   *
   * @return its path
   */
  String value();

  /**
   * The table: a logical id of the template, or a table name.
   *
   * @return the table
   */
  String table();

  /**
   * How the file writes its items.
   *
   * @return the format
   */
  Format format() default Format.AUTO;

  /**
   * How a seed file writes attribute values.
   *
   * @since 0.1.0
   */
  enum Format {
    /**
     * DynamoDB JSON when every attribute of every item is an object with exactly one key that is a
     * DynamoDB type ({@code S}, {@code N}, {@code B}, {@code SS}, {@code NS}, {@code BS}, {@code M},
     * {@code L}, {@code NULL}, {@code BOOL}); plain JSON otherwise.
     */
    AUTO,
    /** Plain JSON values, typed by their JSON type. */
    PLAIN,
    /** DynamoDB JSON: every value is an object naming its type. */
    DYNAMODB
  }
}
