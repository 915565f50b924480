package dev.hangar.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ServiceResponse}: status, headers, and the body as text or JSON. Get one
 * from {@link HangarAssertions#assertThat(ServiceResponse)}. Failure messages show the whole body.
 *
 * @since 0.1.0
 */
public final class ServiceResponseAssert
    extends AbstractAssert<ServiceResponseAssert, ServiceResponse> {
  private static final ObjectMapper JSON = new ObjectMapper();

  ServiceResponseAssert(ServiceResponse actual) {
    super(actual, ServiceResponseAssert.class);
  }

  /**
   * Checks the HTTP status code.
   *
   * @param expected the status
   * @return this
   */
  public ServiceResponseAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage(
          "Expected status <%s> but was <%s>; body:%n%s", expected, actual.status(), body());
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
  public ServiceResponseAssert hasHeader(String name, String expected) {
    isNotNull();
    List<String> values = actual.headers().all(name);
    if (values.isEmpty() || !values.get(0).equals(expected)) {
      failWithMessage(
          "Expected header <%s> to be <%s> but %s",
          name, expected, values.isEmpty() ? "it was absent" : "it was <" + values + ">");
    }
    return this;
  }

  /**
   * Checks the body as UTF-8 text.
   *
   * @param expected the text
   * @return this
   */
  public ServiceResponseAssert hasBody(String expected) {
    isNotNull();
    if (!body().equals(expected)) {
      failWithMessage("Expected body:%n<%s>%nbut was:%n<%s>", expected, body());
    }
    return this;
  }

  /**
   * Checks that the body is JSON equal to the expected JSON (object member order and whitespace
   * do not matter).
   *
   * @param expected the JSON text
   * @return this
   */
  public ServiceResponseAssert hasJsonBody(String expected) {
    isNotNull();
    JsonNode want = parse(expected, "the expected JSON");
    if (!json().equals(want)) {
      failWithMessage("Expected JSON body:%n<%s>%nbut was:%n<%s>", want, body());
    }
    return this;
  }

  /**
   * Checks one value of the JSON body, addressed by a JSON Pointer ({@code /Item/id/S}, RFC 6901).
   * A string is compared with a JSON string, a number with a JSON number, a boolean with a JSON
   * boolean, and null with JSON null.
   *
   * @param pointer the JSON Pointer
   * @param expected the value
   * @return this
   */
  public ServiceResponseAssert hasJsonPath(String pointer, Object expected) {
    isNotNull();
    JsonNode found = json().at(pointer);
    JsonNode want = JSON.valueToTree(expected);
    if (found.isMissingNode()) {
      failWithMessage("Expected JSON body to have <%s> but it does not; body:%n%s", pointer, body());
    } else if (!found.equals(want) && !(found.isNumber() && want.isNumber()
        && found.decimalValue().compareTo(want.decimalValue()) == 0)) {
      failWithMessage(
          "Expected <%s> to be <%s> but was <%s>; body:%n%s", pointer, want, found, body());
    }
    return this;
  }

  private String body() {
    return new String(actual.body(), StandardCharsets.UTF_8);
  }

  private JsonNode json() {
    return parse(body(), "the body");
  }

  private JsonNode parse(String text, String what) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      failWithMessage("Expected %s to be JSON but it is not (%s):%n%s", what, e.getOriginalMessage(), text);
      throw new AssertionError("unreachable");
    }
  }
}
