package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.ServiceResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HangarAssertionsTest {
  private static final ServiceResponse ERROR =
      ServiceResponse.json(
          400,
          "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\","
              + "\"message\":\"bad\",\"count\":3}");

  @Test
  void response_matchingExpectations_passesAndChains() {
    assertThat(ERROR)
        .hasStatus(400)
        .hasHeader("content-type", "application/json")
        .hasJsonPath("/__type", "com.amazonaws.dynamodb.v20120810#ValidationException")
        .hasJsonPath("/count", 3)
        .hasJsonBody(
            "{\"count\": 3, \"message\": \"bad\","
                + " \"__type\": \"com.amazonaws.dynamodb.v20120810#ValidationException\"}");
  }

  @Test
  void response_wrongStatus_showsExpectedActualAndBody() {
    assertThatThrownBy(() -> assertThat(ERROR).hasStatus(200))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected status <200> but was <400>; body:%n%s",
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\","
                + "\"message\":\"bad\",\"count\":3}");
  }

  @Test
  void response_wrongJsonValue_showsPointerExpectedAndActual() {
    assertThatThrownBy(() -> assertThat(ERROR).hasJsonPath("/message", "good"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected </message> to be <\"good\"> but was <\"bad\">; body:");
  }

  @Test
  void response_missingJsonPath_saysSo() {
    assertThatThrownBy(() -> assertThat(ERROR).hasJsonPath("/Item", "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected JSON body to have </Item> but it does not; body:");
  }

  @Test
  void response_absentHeader_saysItWasAbsent() {
    assertThatThrownBy(() -> assertThat(ERROR).hasHeader("x-amz-crc32", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected header <x-amz-crc32> to be <1> but it was absent");
  }

  @Test
  void clock_isAtAndIsAfter() {
    HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    clock.advance(Duration.ofMinutes(5));
    assertThat(clock).isAt(Instant.parse("2026-01-01T00:05:00Z")).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    assertThatThrownBy(() -> assertThat(clock).isAt(Instant.parse("2026-01-01T00:00:00Z")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected the harness clock at <2026-01-01T00:00:00Z> but it was at"
                + " <2026-01-01T00:05:00Z>");
  }
}
