package dev.hangar.junit;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.ServiceResponse;

/**
 * AssertJ entry points for what Hangar's fakes produce. Import statically beside AssertJ's own:
 *
 * <pre>{@code
 * import static dev.hangar.junit.HangarAssertions.assertThat;
 *
 * assertThat(harness.handle(request)).hasStatus(400).hasJsonPath("/__type", "...#ValidationException");
 * assertThat(clock).isAt(Instant.parse("2026-01-01T00:00:00Z"));
 * }</pre>
 *
 * <p>Each assertion fails with a message that shows what was expected and what there was, and
 * returns its assert object for chaining.
 *
 * @since 0.1.0
 */
public final class HangarAssertions {
  private HangarAssertions() {}

  /**
   * Assertions on an HTTP response of a fake (what {@code Harness.handle} returns).
   *
   * @param actual the response
   * @return the assertions, never null
   */
  public static ServiceResponseAssert assertThat(ServiceResponse actual) {
    return new ServiceResponseAssert(actual);
  }

  /**
   * Assertions on the items of a table.
   *
   * @param actual the table
   * @return the assertions, never null
   */
  public static TableAssert assertThat(DynamoTable actual) {
    return new TableAssert(actual);
  }

  /**
   * Assertions on the records of a table's stream ({@code assertThat(orders.stream())}).
   *
   * @param actual the stream, from {@link DynamoTable#stream()}
   * @return the assertions, never null
   */
  public static StreamAssert assertThat(TableStream actual) {
    return new StreamAssert(actual);
  }

  /**
   * Assertions on a harness clock.
   *
   * @param actual the clock
   * @return the assertions, never null
   */
  public static HarnessClockAssert assertThat(HarnessClock actual) {
    return new HarnessClockAssert(actual);
  }

  /**
   * Assertions on an API Gateway response.
   *
   * @param actual the response, from a {@code GatewayClient}
   * @return the assertions, never null
   */
  public static GatewayResponseAssert assertThat(GatewayResponse actual) {
    return new GatewayResponseAssert(actual);
  }

  /**
   * Assertions on the invocations of one function.
   *
   * @param lambda the harness's Lambda runtime ({@code harness.lambda()}, or injected)
   * @param functionName the function's name, or the logical id of a template function whose name
   *     was generated (no {@code FunctionName})
   * @return the assertions, never null
   */
  public static FunctionAssert assertThat(Lambda lambda, String functionName) {
    return new FunctionAssert(lambda, functionName);
  }

  /**
   * Assertions on the messages an in-process WebSocket client received.
   *
   * @param actual the client
   * @return the assertions, never null
   */
  public static WebSocketClientAssert assertThat(WebSocketClient actual) {
    return new WebSocketClientAssert(actual);
  }
}
