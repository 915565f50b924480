package dev.hangar.harness.spi;

/**
 * What a fake uses to invoke a Lambda function registered with its harness: the gateway for an
 * integration or an authorizer, a table's stream for a trigger.
 *
 * @since 0.1.0
 */
public interface FunctionInvoker {

  /**
   * Whether a function of that name is registered.
   *
   * @param functionName the function name or ARN
   * @return true when {@link #invoke(String, byte[])} can reach it
   */
  boolean exists(String functionName);

  /**
   * Invokes a function synchronously (invocation type {@code RequestResponse}) and waits for the
   * result, as Lambda's {@code Invoke} API does.
   *
   * @param functionName the function name or ARN
   * @param payload the event as JSON bytes
   * @return the outcome: the function's JSON result, or the runtime's error payload; never null
   * @throws IllegalArgumentException when no function of that name is registered (Hangar's
   *     registry throws {@code dev.hangar.harness.lambda.FunctionNotFoundException}, whose message
   *     is Lambda's {@code Function not found: <arn>})
   * @throws RuntimeException when Lambda would refuse the invocation before running the function;
   *     Hangar's registry throws {@code dev.hangar.harness.lambda.LambdaServiceException}, for
   *     example {@code TooManyRequestsException} "Rate Exceeded." beyond the reserved concurrency
   */
  InvokeOutcome invoke(String functionName, byte[] payload);
}
