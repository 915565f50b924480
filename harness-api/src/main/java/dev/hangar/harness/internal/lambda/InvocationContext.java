package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.function.LongSupplier;

/** The {@code Context} of one invocation, with the values Lambda's runtime gives it. */
final class InvocationContext implements Context {
  private final String requestId;
  private final String functionName;
  private final String functionArn;
  private final String logStreamName;
  private final int memoryLimit;
  private final long deadlineNanos;
  private final LongSupplier nanoTime;
  private final InvocationLog log;
  private final ClientContext clientContext;

  InvocationContext(
      String requestId,
      String functionName,
      String functionArn,
      String logStreamName,
      int memoryLimit,
      long deadlineNanos,
      LongSupplier nanoTime,
      InvocationLog log,
      ClientContext clientContext) {
    this.requestId = requestId;
    this.functionName = functionName;
    this.functionArn = functionArn;
    this.logStreamName = logStreamName;
    this.memoryLimit = memoryLimit;
    this.deadlineNanos = deadlineNanos;
    this.nanoTime = nanoTime;
    this.log = log;
    this.clientContext = clientContext;
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return logStreamName;
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return functionArn;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return clientContext;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long remaining = (deadlineNanos - nanoTime.getAsLong()) / 1_000_000L;
    return (int) Math.max(0, remaining);
  }

  @Override
  public int getMemoryLimitInMB() {
    return memoryLimit;
  }

  @Override
  public LambdaLogger getLogger() {
    return log;
  }

  InvocationLog log() {
    return log;
  }

  @Override
  public String toString() {
    return "LambdaContext[" + functionName + ", " + requestId + "]";
  }
}
