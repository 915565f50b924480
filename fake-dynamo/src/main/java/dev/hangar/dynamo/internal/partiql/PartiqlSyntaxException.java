package dev.hangar.dynamo.internal.partiql;

/** A statement that does not follow the PartiQL grammar DynamoDB accepts. */
final class PartiqlSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PartiqlSyntaxException(String detail) {
    super(detail, null, false, false);
  }
}
