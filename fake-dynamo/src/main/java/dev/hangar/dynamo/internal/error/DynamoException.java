package dev.hangar.dynamo.internal.error;

/**
 * An error DynamoDB returns to a request, with its wire type, HTTP status and message text. Thrown
 * anywhere inside the fake; the wire layer turns it into the JSON error body the SDK parses.
 */
public class DynamoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The coral namespace DynamoDB puts before validation errors' names. */
  public static final String VALIDATE = "com.amazon.coral.validate#";

  /** The coral namespace DynamoDB puts before protocol errors' names. */
  public static final String SERVICE = "com.amazon.coral.service#";

  /** The namespace DynamoDB puts before its own errors' names. */
  public static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

  private final String type;
  private final int status;

  /**
   * An error.
   *
   * @param type the fully qualified wire type, for example {@code
   *     com.amazonaws.dynamodb.v20120810#ResourceNotFoundException}
   * @param status the HTTP status
   * @param message the message text, exactly as DynamoDB words it
   */
  public DynamoException(String type, int status, String message) {
    super(message, null, false, false);
    this.type = type;
    this.status = status;
  }

  /**
   * The fully qualified wire type.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * The short name after {@code #}, as the SDK names its exception class.
   *
   * @return the short name
   */
  public String shortType() {
    return type.substring(type.indexOf('#') + 1);
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * A {@code ValidationException} (400).
   *
   * @param message DynamoDB's message text
   * @return the error
   */
  public static DynamoException validation(String message) {
    return new DynamoException(VALIDATE + "ValidationException", 400, message);
  }

  /**
   * A {@code ResourceNotFoundException} (400) with DynamoDB's message.
   *
   * @return the error
   */
  public static DynamoException resourceNotFound() {
    return new DynamoException(
        DYNAMODB + "ResourceNotFoundException", 400, "Requested resource not found");
  }

  /**
   * A {@code SerializationException} (400), for request bodies that are not valid JSON of the
   * expected shape.
   *
   * @param message the message text
   * @return the error
   */
  public static DynamoException serialization(String message) {
    return new DynamoException(SERVICE + "SerializationException", 400, message);
  }
}
