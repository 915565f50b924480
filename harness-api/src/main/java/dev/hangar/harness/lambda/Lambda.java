package dev.hangar.harness.lambda;

import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.InvokeOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Lambda functions of one harness, run as the Java Lambda runtime runs them: handler strings
 * resolved by the runtime's rules, events serialised by {@code aws-lambda-java-serialization}, one
 * handler instance per warm execution environment, cold starts, timeouts, reserved concurrency,
 * the function's environment variables in {@code System.getenv}, and the runtime's error payloads
 * (AWS documentation: "Building Lambda functions with Java", "Invoke").
 *
 * <p>The harness also serves Lambda's {@code Invoke}, {@code GetFunction} and {@code
 * ListFunctions} APIs, so a real {@code LambdaClient} reaches these functions; and the other fakes
 * (the gateway, DynamoDB streams) invoke them through {@link FunctionInvoker}.
 *
 * <pre>{@code
 * harness.lambda().register(FunctionDefinition.builder("create-user")
 *     .handler(CreateUser.class).environment("TABLE_NAME", "users").build());
 * APIGatewayProxyResponseEvent response = harness.lambda()
 *     .invoke("create-user", Events.apiGatewayV1("POST", "/users", "{}"),
 *         APIGatewayProxyResponseEvent.class);
 * }</pre>
 *
 * <p>Instances are safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface Lambda extends FunctionInvoker {

  /**
   * Registers a function, as {@code CreateFunction} does. The handler is resolved when the first
   * execution environment starts, so a faulty handler fails on invocation with the runtime's
   * message, as on Lambda.
   *
   * @param definition the function
   * @return the function's unqualified ARN, never null
   * @throws IllegalArgumentException when a function of that name exists, or the environment uses
   *     a variable name Lambda reserves (Lambda's {@code InvalidParameterValueException} text)
   */
  String register(FunctionDefinition definition);

  /**
   * A registered function.
   *
   * @param name the function name or ARN
   * @return the definition, or empty when there is none
   */
  Optional<FunctionDefinition> function(String name);

  /**
   * All registered functions, in registration order.
   *
   * @return the definitions, never null
   */
  List<FunctionDefinition> functions();

  /**
   * Invokes a function synchronously with an event object and reads its result, both serialised
   * as the Java runtime serialises them (the event classes of {@code aws-lambda-java-events} with
   * Lambda's mix-ins, other classes as Lambda's Jackson configuration does). A {@code String}
   * event is sent as a JSON string; use {@link #invokeJson(String, String)} for raw JSON.
   *
   * @param name the function name or ARN
   * @param event the event, or null for JSON {@code null}
   * @param responseType the class to read the result as
   * @param <R> the result type
   * @return the result, null when the function returned JSON {@code null}
   * @throws FunctionErrorException when the function failed
   * @throws FunctionNotFoundException when no such function is registered
   * @throws LambdaServiceException when the invocation is throttled
   */
  <R> R invoke(String name, Object event, Class<R> responseType);

  /**
   * Invokes a function synchronously ({@code RequestResponse}) with a JSON event.
   *
   * @param name the function name or ARN
   * @param json the event JSON
   * @return the outcome, a failure included; never null
   * @throws FunctionNotFoundException when no such function is registered
   * @throws LambdaServiceException when the payload is not JSON or the invocation is throttled
   */
  InvokeOutcome invokeJson(String name, String json);

  /**
   * Queues an asynchronous ({@code Event}) invocation, as Lambda's {@code InvocationType=Event}.
   * The function runs on the harness's asynchronous worker; a failed attempt is retried twice, one
   * minute and then two minutes later on the harness clock, and then goes to {@link
   * #asyncFailures(String)} (AWS documentation: "Asynchronous invocation").
   *
   * @param name the function name or ARN
   * @param json the event JSON
   * @return the request id, never null
   * @throws FunctionNotFoundException when no such function is registered
   * @throws LambdaServiceException when the payload is not JSON
   */
  String invokeAsync(String name, String json);

  /**
   * Validates an invocation without running it ({@code InvocationType=DryRun}).
   *
   * @param name the function name or ARN
   * @throws FunctionNotFoundException when no such function is registered
   */
  void dryRun(String name);

  /**
   * Waits until no asynchronous attempt is due or running: attempts scheduled for later on the
   * harness clock do not count. Advance the clock to make retries due.
   *
   * @param limit how long to wait at most, in real time
   * @throws IllegalStateException when attempts are still running after the limit
   */
  void awaitAsyncIdle(Duration limit);

  /**
   * The asynchronous invocations of a function that exhausted their retries, oldest first: what an
   * on-failure destination or dead-letter queue would receive.
   *
   * @param name the function name
   * @return the failures, never null
   */
  List<AsyncFailure> asyncFailures(String name);

  /**
   * Every completed invocation of this harness's functions, oldest first.
   *
   * @return the records, never null
   */
  List<InvocationRecord> invocations();

  /**
   * The completed invocations of one function, oldest first.
   *
   * @param name the function name
   * @return the records, never null
   */
  List<InvocationRecord> invocations(String name);

  /**
   * The whole log of a function so far, as its CloudWatch log group would show it, in order.
   *
   * @param name the function name
   * @return the log lines, never null
   */
  List<String> log(String name);

  /**
   * The event source mappings that deliver stream records (a DynamoDB table's stream) to these
   * functions: create mappings, drain the streams, read what was delivered and discarded.
   *
   * @return the event sources, never null
   */
  EventSources eventSources();

  /**
   * Forgets the invocation records and logs; functions and their warm environments stay.
   */
  void clearRecords();

  /**
   * Discards every warm execution environment, so the next invocation of each function is a
   * cold start (as after a deployment).
   */
  void resetEnvironments();
}
