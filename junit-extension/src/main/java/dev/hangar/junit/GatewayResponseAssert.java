package dev.hangar.junit;

import dev.hangar.gateway.GatewayResponse;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what API Gateway answered a client ({@link GatewayResponse}, from a {@code
 * GatewayClient}): status, headers and body values. Get one from {@link
 * HangarAssertions#assertThat(GatewayResponse)}. Failure messages show expected, actual and the
 * body.
 *
 * @since 0.1.0
 */
public final class GatewayResponseAssert
    extends AbstractAssert<GatewayResponseAssert, GatewayResponse> {

  GatewayResponseAssert(GatewayResponse actual) {
    super(actual, GatewayResponseAssert.class);
  }

  /**
   * Checks the HTTP status code.
   *
   * @param expected the status
   * @return this
   */
  public GatewayResponseAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage(
          "Expected status <%s> but was <%s>; body:%n%s", expected, actual.status(), actual.body());
    }
    return this;
  }

  /**
   * Checks that a header has this value (its first value, if it has several).
   *
   * @param name the header name, in any case
   * @param expected the value
   * @return this
   */
  public GatewayResponseAssert hasHeader(String name, String expected) {
    isNotNull();
    List<String> values = actual.headerValues(name);
    if (values.isEmpty() || !values.get(0).equals(expected)) {
      failWithMessage(
          "Expected header <%s> to be <%s> but %s; headers: %s",
          name,
          expected,
          values.isEmpty() ? "it was absent" : "it was <" + values + ">",
          actual.headers());
    }
    return this;
  }

  /**
   * Checks the body as text.
   *
   * @param expected the text
   * @return this
   */
  public GatewayResponseAssert hasBody(String expected) {
    isNotNull();
    if (!actual.body().equals(expected)) {
      failWithMessage("Expected body:%n<%s>%nbut was:%n<%s>", expected, actual.body());
    }
    return this;
  }

  /**
   * Checks one value of the JSON body at a path ({@code $} for the whole body, {@code a.b}, {@code
   * items[0].id}, as {@link GatewayResponse#json(String)} reads it), against a value as Java
   * ({@code String}, {@code Number}, {@code Boolean}, {@code Map}, {@code List}, null). Maps
   * compare by their keys and values, lists element by element, at every depth. Numbers compare
   * with JSON's semantics, by value whatever their Java class or notation: {@code 4} equals {@code
   * 4.0}, {@code 4L} and {@code 4E0} (RFC 8259, "Numbers", gives a number no type beyond its
   * value). A failure names the first place that differs, with both values and their kinds.
   *
   * @param path the path
   * @param expected the value
   * @return this
   */
  public GatewayResponseAssert hasJsonPath(String path, Object expected) {
    isNotNull();
    if (!actual.hasJson(path)) {
      failWithMessage("Expected JSON body to have <%s> but it does not; body:%n%s", path, actual.body());
    }
    Object found = actual.json(path);
    String difference = JsonDifference.between(path, expected, found);
    if (difference != null) {
      failWithMessage(
          "Expected <%s> to be <%s> but was <%s>: %s; body:%n%s",
          path, expected, found, difference, actual.body());
    }
    return this;
  }
}
