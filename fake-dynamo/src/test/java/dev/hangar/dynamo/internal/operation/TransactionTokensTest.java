package dev.hangar.dynamo.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransactionTokensTest {
  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private final TransactionTokens tokens = new TransactionTokens(clock);

  @Test
  void sameTokenAndRequest_isSeen_differentRequest_isAMismatch() {
    tokens.record("t1", "{\"TransactItems\":[1]}");

    assertThat(tokens.seen("t1", "{\"TransactItems\":[1]}")).isTrue();
    assertThat(tokens.seen("t2", "{\"TransactItems\":[1]}")).isFalse();
    assertThatThrownBy(() -> tokens.seen("t1", "{\"TransactItems\":[2]}"))
        .isInstanceOf(DynamoException.class)
        .hasMessage(
            "Transaction with the same ClientRequestToken has a different set of parameters.");
  }

  @Test
  void tokensOlderThanTenMinutes_areForgotten_evenWhenManyWereRecorded() {
    for (int i = 0; i < 10_000; i++) {
      tokens.record("early-" + i, "request " + i);
    }
    clock.advance(Duration.ofMinutes(5));
    tokens.record("later", "request");
    assertThat(tokens.size()).isEqualTo(10_001);

    clock.advance(Duration.ofMinutes(5));

    assertThat(tokens.size()).isEqualTo(1);
    assertThat(tokens.seen("early-0", "request 0")).isFalse();
    assertThat(tokens.seen("later", "request")).isTrue();
  }

  @Test
  void aTokenRecordedAgain_startsItsWindowAgain() {
    tokens.record("t", "request");
    clock.advance(Duration.ofMinutes(9));
    tokens.record("t", "request");
    tokens.record("u", "request");
    clock.advance(Duration.ofMinutes(2));

    assertThat(tokens.seen("t", "request")).isTrue();
  }
}
