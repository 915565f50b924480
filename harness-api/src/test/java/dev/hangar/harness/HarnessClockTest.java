package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void fixedClock_standsStillUntilAdvanced() {
    HarnessClock clock = HarnessClock.fixed(START);
    assertThat(clock.now()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofHours(25))).isEqualTo(START.plus(Duration.ofHours(25)));
    assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(25)));
    assertThat(clock.asJavaClock().instant()).isEqualTo(clock.now());
  }

  @Test
  void systemClock_advance_addsToTheSystemTime() {
    HarnessClock clock = HarnessClock.system();
    Instant before = Instant.now();
    clock.advance(Duration.ofDays(2));
    assertThat(clock.now()).isAfterOrEqualTo(before.plus(Duration.ofDays(2)));
  }

  @Test
  void set_movesTheClockAndNotifiesListeners() {
    HarnessClock clock = HarnessClock.fixed(START);
    List<Instant> seen = new ArrayList<>();
    try (HarnessClock.Subscription registration = clock.onAdvance(seen::add)) {
      clock.advance(Duration.ofSeconds(1));
      clock.set(START.plusSeconds(100));
    }
    clock.advance(Duration.ofSeconds(1));
    assertThat(seen).containsExactly(START.plusSeconds(1), START.plusSeconds(100));
  }

  @Test
  void advance_byANegativeAmount_isRefusedWithTheReason() {
    HarnessClock clock = HarnessClock.fixed(START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HarnessClock.advance takes a non-negative duration, got PT-1S");
    assertThat(clock.now()).isEqualTo(START);
  }
}
