package dev.hangar.harness.lambda;

/**
 * No function of the given name is registered: Lambda's {@code ResourceNotFoundException} (HTTP
 * 404) with the message {@code Function not found: arn:aws:lambda:<region>:<account>:function:<name>}.
 *
 * <p>It is an {@link IllegalArgumentException} as well, as {@link
 * dev.hangar.harness.spi.FunctionInvoker#invoke(String, byte[])} promises.
 *
 * @since 0.1.0
 */
public final class FunctionNotFoundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for a function ARN.
   *
   * @param functionArn the unqualified ARN of the missing function
   */
  public FunctionNotFoundException(String functionArn) {
    super("Function not found: " + functionArn);
  }

  /**
   * The Lambda API's error code.
   *
   * @return {@code ResourceNotFoundException}
   */
  public String errorCode() {
    return "ResourceNotFoundException";
  }
}
