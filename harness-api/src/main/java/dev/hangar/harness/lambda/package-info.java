/**
 * Lambda functions in a harness: register handler classes as the Java Lambda runtime would run
 * them ({@link dev.hangar.harness.lambda.FunctionDefinition}), invoke them from a test or through
 * the real {@code LambdaClient} ({@link dev.hangar.harness.lambda.Lambda}), build the events they
 * receive ({@link dev.hangar.harness.lambda.Events}), read what happened ({@link
 * dev.hangar.harness.lambda.InvocationRecord}), and map streams to functions ({@link
 * dev.hangar.harness.lambda.EventSources}, {@link dev.hangar.harness.lambda.EventSourceMapping}).
 *
 * <p>Reach it through {@code Harness.lambda()}.
 *
 * @since 0.1.0
 */
package dev.hangar.harness.lambda;
