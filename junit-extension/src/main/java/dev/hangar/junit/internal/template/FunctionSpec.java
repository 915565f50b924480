package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/**
 * A Lambda function as a template declares it, after {@code Globals} are applied.
 *
 * @param logicalId the resource's logical id
 * @param functionName the physical name ({@code FunctionName}, or generated as CloudFormation does)
 * @param arn the function ARN
 * @param handler the handler string, for example {@code com.example.Orders::create}
 * @param runtime the runtime, for example {@code java21}
 * @param environment the environment variables
 * @param timeoutSeconds the timeout (Lambda's default is 3)
 * @param memoryMb the memory size (Lambda's default is 128)
 * @param reservedConcurrency the reserved concurrency, or null when unreserved
 * @param events the event sources
 */
public record FunctionSpec(
    String logicalId,
    String functionName,
    String arn,
    String handler,
    String runtime,
    Map<String, String> environment,
    int timeoutSeconds,
    int memoryMb,
    Integer reservedConcurrency,
    List<EventSpec> events) {

  /** Copies every collection. */
  public FunctionSpec {
    environment = Copies.map(environment);
    events = List.copyOf(events);
  }
}
