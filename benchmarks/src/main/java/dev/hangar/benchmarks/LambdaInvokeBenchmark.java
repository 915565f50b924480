package dev.hangar.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.spi.InvokeOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What running a handler through Hangar's Lambda runtime costs over calling the handler method
 * directly: a warm invocation, and a cold start (a new execution environment).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LambdaInvokeBenchmark {
  private static final byte[] EVENT = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);

  /** The trivial handler: answers 1. */
  public static final class One implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context)
        throws IOException {
      input.readAllBytes();
      output.write('1');
    }
  }

  private Harness harness;
  private final One direct = new One();

  @Setup(Level.Trial)
  public void setUp() {
    harness = Harness.builder().build();
    harness.lambda().register(FunctionDefinition.builder("one").handler(One.class).build());
    harness.lambda().invoke("one", EVENT);
  }

  @TearDown(Level.Iteration)
  public void forgetRecords() {
    harness.lambda().clearRecords();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    harness.close();
  }

  @Benchmark
  public byte[] directCall() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8);
    direct.handleRequest(new ByteArrayInputStream(EVENT), out, null);
    return out.toByteArray();
  }

  @Benchmark
  public InvokeOutcome warmInvoke() {
    return harness.lambda().invoke("one", EVENT);
  }

  /** A new execution environment each time: the environment set-up, not the class loading. */
  @Benchmark
  public InvokeOutcome coldStart() {
    harness.lambda().resetEnvironments();
    return harness.lambda().invoke("one", EVENT);
  }
}
