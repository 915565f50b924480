package dev.hangar.gateway;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A request through the gateway (routing, event building, a trivial function, response mapping)
 * compared with invoking the same function directly with a prepared event. Run by hand: {@code
 * mvn -pl fake-gateway -am test-compile} then {@code java -cp <test classpath>
 * dev.hangar.gateway.GatewayBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GatewayBenchmark {
  private static final byte[] EVENT =
      "{\"resource\":\"/orders/{id}\",\"path\":\"/orders/1\",\"httpMethod\":\"GET\"}".getBytes();

  private TestFunctions functions;
  private Harness harness;
  private GatewayClient rest;
  private GatewayClient http;

  /** Builds the harness once. */
  @Setup
  public void setUp() {
    functions = new TestFunctions().withoutEventHistory().json("fn", event -> Map.of("statusCode", 200, "body", "ok"));
    FakeGateway gateway =
        FakeGateway.of(
            ApiDefinition.rest("rest").route("GET /orders/{id}", "fn").build(),
            ApiDefinition.http("http").route("GET /orders/{id}", "fn").build());
    harness =
        Harness.builder()
            .clock(HarnessClock.fixed(Instant.EPOCH))
            .functions(functions)
            .service(gateway)
            .build();
    rest = gateway.api("rest");
    http = gateway.api("http");
  }

  /** Closes the harness. */
  @TearDown
  public void tearDown() {
    harness.close();
  }

  /** @return the response of a REST API request */
  @Benchmark
  public GatewayResponse restRequestThroughTheGateway() {
    return rest.get("/orders/1");
  }

  /** @return the response of an HTTP API request */
  @Benchmark
  public GatewayResponse httpRequestThroughTheGateway() {
    return http.get("/orders/1");
  }

  /** @return the function's outcome when invoked directly */
  @Benchmark
  public Object functionInvokedDirectly() {
    return functions.invoke("fn", EVENT);
  }

  /**
   * Runs the benchmarks.
   *
   * @param args ignored
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(GatewayBenchmark.class.getSimpleName()).build()).run();
  }
}
