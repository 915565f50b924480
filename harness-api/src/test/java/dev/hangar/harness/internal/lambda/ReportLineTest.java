package dev.hangar.harness.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportLineTest {
  @Test
  void durations_areMillisecondsWithTwoDecimalsRoundedHalfUp() {
    assertThat(FunctionRuntime.milliseconds(0)).isEqualTo("0.00");
    assertThat(FunctionRuntime.milliseconds(4_999)).isEqualTo("0.00");
    assertThat(FunctionRuntime.milliseconds(5_000)).isEqualTo("0.01");
    assertThat(FunctionRuntime.milliseconds(1_234_567)).isEqualTo("1.23");
    assertThat(FunctionRuntime.milliseconds(10_050_000)).isEqualTo("10.05");
    assertThat(FunctionRuntime.milliseconds(3_000_000_000L)).isEqualTo("3000.00");
  }
}
