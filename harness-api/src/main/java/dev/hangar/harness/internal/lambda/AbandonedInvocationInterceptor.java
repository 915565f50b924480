package dev.hangar.harness.internal.lambda;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Refuses every AWS SDK v2 request made by the thread of a timed-out invocation, whatever HTTP
 * client and endpoint it uses: the in-process transport, the loopback endpoint, anything else. The
 * SDK loads it for every client from {@code software/amazon/awssdk/global/handlers/
 * execution.interceptors}, and runs {@code beforeExecution} on the calling thread, so it can tell
 * the abandoned thread apart (the loopback server cannot: its requests arrive on its own threads,
 * from a socket that names no thread).
 *
 * <p>Public only because the SDK instantiates it reflectively.
 */
public final class AbandonedInvocationInterceptor implements ExecutionInterceptor {
  /** Called by the SDK. */
  public AbandonedInvocationInterceptor() {}

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    AbandonedInvocations.checkCurrentThread();
  }
}
