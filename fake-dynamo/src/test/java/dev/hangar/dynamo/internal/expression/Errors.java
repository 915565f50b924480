package dev.hangar.dynamo.internal.expression;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.internal.error.DynamoException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts DynamoDB's ValidationException with an exact message. */
final class Errors {
  private Errors() {}

  static void assertValidation(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DynamoException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.shortType())
                  .isEqualTo("ValidationException");
              org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(400);
            })
        .hasMessage(message);
  }
}
