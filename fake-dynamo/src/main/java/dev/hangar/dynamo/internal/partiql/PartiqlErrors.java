package dev.hangar.dynamo.internal.partiql;

import dev.hangar.dynamo.internal.error.DynamoException;

/** DynamoDB's errors for PartiQL statements, with DynamoDB's texts. */
public final class PartiqlErrors {
  private PartiqlErrors() {}

  /**
   * A statement that does not parse.
   *
   * @param statement the statement as sent
   * @return "Statement wasn't well formed, can't be processed: " and the statement
   */
  public static DynamoException malformed(String statement) {
    return DynamoException.validation(
        "Statement wasn't well formed, can't be processed: " + statement);
  }

  /**
   * A statement whose {@code ?} count differs from the request's {@code Parameters}.
   *
   * @return the error
   */
  public static DynamoException parameterCount() {
    return DynamoException.validation(
        "Number of parameters in request and statement don't match.");
  }

  /**
   * An UPDATE or DELETE (or a key lookup) whose WHERE does not fix the whole primary key.
   *
   * @return the error
   */
  public static DynamoException keyEquality() {
    return DynamoException.validation(
        "Where clause does not contain a mandatory equality on all key attributes");
  }

  /**
   * An INSERT of an item whose key exists.
   *
   * @return {@code DuplicateItemException}
   */
  public static DynamoException duplicate() {
    return new DynamoException(DynamoException.DYNAMODB + "DuplicateItemException", 400,
        "Duplicate primary key exists in table");
  }

  /**
   * A PartiQL feature Hangar does not implement: fails loudly, naming it.
   *
   * @param feature what the statement used
   * @return the error
   */
  public static DynamoException unsupported(String feature) {
    return DynamoException.validation("Hangar does not support " + feature + " in PartiQL yet");
  }
}
