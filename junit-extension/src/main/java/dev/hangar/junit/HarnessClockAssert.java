package dev.hangar.junit;

import dev.hangar.harness.HarnessClock;
import java.time.Instant;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link HarnessClock}; get one from {@link HangarAssertions#assertThat(HarnessClock)}.
 *
 * @since 0.1.0
 */
public final class HarnessClockAssert extends AbstractAssert<HarnessClockAssert, HarnessClock> {
  HarnessClockAssert(HarnessClock actual) {
    super(actual, HarnessClockAssert.class);
  }

  /**
   * Checks that the clock shows exactly this instant.
   *
   * @param expected the instant
   * @return this
   */
  public HarnessClockAssert isAt(Instant expected) {
    isNotNull();
    Instant now = actual.now();
    if (!now.equals(expected)) {
      failWithMessage("Expected the harness clock at <%s> but it was at <%s>", expected, now);
    }
    return this;
  }

  /**
   * Checks that the clock shows an instant after this one.
   *
   * @param instant the instant
   * @return this
   */
  public HarnessClockAssert isAfter(Instant instant) {
    isNotNull();
    Instant now = actual.now();
    if (!now.isAfter(instant)) {
      failWithMessage("Expected the harness clock after <%s> but it was at <%s>", instant, now);
    }
    return this;
  }
}
