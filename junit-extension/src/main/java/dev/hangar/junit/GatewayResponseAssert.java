package dev.hangar.junit;

import dev.hangar.gateway.GatewayResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
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
   * items[0].id}, as {@link GatewayResponse#json(String)} reads it). Numbers compare by value
   * ({@code 2} equals {@code 2.0}); other values with {@code equals} against the JSON value as
   * Java ({@code String}, {@code Boolean}, {@code Map}, {@code List}, null).
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
    if (!same(found, expected)) {
      failWithMessage(
          "Expected <%s> to be <%s> but was <%s>; body:%n%s", path, expected, found, actual.body());
    }
    return this;
  }

  private static boolean same(Object found, Object expected) {
    if (found instanceof Number a && expected instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(found, expected);
  }
}
