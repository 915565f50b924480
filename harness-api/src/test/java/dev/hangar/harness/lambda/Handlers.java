package dev.hangar.harness.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Handler classes of every shape the Java runtime accepts, and some it refuses. */
public final class Handlers {
  private Handlers() {}

  /** A POJO event. */
  public static final class Order {
    public String id;
    public int quantity;
  }

  /** A POJO result. */
  public static final class Receipt {
    public String orderId;
    public int total;
  }

  public static final class TypedHandler implements RequestHandler<Order, Receipt> {
    @Override
    public Receipt handleRequest(Order order, Context context) {
      Receipt receipt = new Receipt();
      receipt.orderId = order.id;
      receipt.total = order.quantity * 10;
      return receipt;
    }
  }

  public abstract static class BaseHandler<T> implements RequestHandler<T, String> {
    @Override
    public String handleRequest(T input, Context context) {
      return describe(input);
    }

    abstract String describe(T input);
  }

  public static final class InheritedTypesHandler extends BaseHandler<Order> {
    @Override
    String describe(Order input) {
      return "order " + input.id;
    }
  }

  public static final class GenericHandler<T> implements RequestHandler<T, String> {
    @Override
    public String handleRequest(T input, Context context) {
      return "x";
    }
  }

  @SuppressWarnings("rawtypes")
  public static final class RawHandler implements RequestHandler {
    @Override
    public Object handleRequest(Object input, Context context) {
      return "raw";
    }
  }

  public static final class StreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context)
        throws IOException {
      String in = new String(input.readAllBytes(), StandardCharsets.UTF_8);
      output.write(("{\"echo\":" + in + "}").getBytes(StandardCharsets.UTF_8));
    }
  }

  public static final class NotAHandler {
    public String run(String s) {
      return s;
    }
  }

  public static final class NoDefaultConstructor implements RequestHandler<String, String> {
    public NoDefaultConstructor(String unused) {}

    @Override
    public String handleRequest(String input, Context context) {
      return input;
    }
  }

  public static final class ThrowingConstructor implements RequestHandler<String, String> {
    public ThrowingConstructor() {
      throw new IllegalStateException("no config");
    }

    @Override
    public String handleRequest(String input, Context context) {
      return input;
    }
  }

  /** A class with several overloads: the runtime picks the longest, a trailing Context counting double. */
  public static final class Pojo {
    public String greet(String name, Context context) {
      return "hello " + name + " from " + context.getFunctionName();
    }

    public String greet(String name) {
      return "short " + name;
    }

    public static int count(List<String> items) {
      return items.size();
    }

    public void streams(InputStream in, OutputStream out) throws IOException {
      out.write(in.readAllBytes());
    }

    public String noArgs() {
      return "none";
    }

    public String onlyContext(Context context) {
      return context.getAwsRequestId();
    }

    public void consume(Map<String, Object> event) {
      // Returns nothing: the runtime answers null.
    }

    public String badShape(String a, String b) {
      return a + b;
    }

    public String fails(String input) {
      throw new IllegalArgumentException("bad input: " + input);
    }

    public String failsWithCause(String input) {
      throw new IllegalStateException("outer", new java.io.UncheckedIOException(new IOException("disk")));
    }

    public String failsWithoutMessage(String input) {
      throw new UnsupportedOperationException();
    }

    public String oom(String input) {
      throw new OutOfMemoryError("Java heap space");
    }

    public String sleeps(String input, Context context) throws InterruptedException {
      Thread.sleep(60_000);
      return "woke";
    }

    public String env(String key) {
      return System.getenv(key);
    }

    public Map<String, Object> context(Object ignored, Context context) {
      return Map.of(
          "requestId", context.getAwsRequestId(),
          "functionName", context.getFunctionName(),
          "functionVersion", context.getFunctionVersion(),
          "arn", context.getInvokedFunctionArn(),
          "logGroup", context.getLogGroupName(),
          "logStream", context.getLogStreamName(),
          "memory", context.getMemoryLimitInMB(),
          "remaining", context.getRemainingTimeInMillis());
    }

    public String huge(String input) {
      return "x".repeat(6_291_556);
    }

    public String clientContext(String input, Context context) {
      var cc = context.getClientContext();
      return cc.getClient().getAppTitle() + "/" + cc.getCustom().get("tenant") + "/" + cc.getEnvironment().get("platform");
    }

    public String prints(String input) {
      System.out.println("to stdout " + input);
      System.err.print("to stderr\n");
      return "printed";
    }

    public String logs(String input, Context context) {
      context.getLogger().log("first line\n");
      context.getLogger().log("second " + input);
      return "logged";
    }
  }

  /** Fails in its static initialiser, as a handler with missing configuration does. */
  public static final class StaticInitFails implements RequestHandler<String, String> {
    static final String TABLE = java.util.Objects.requireNonNull(System.getenv("NOT_SET"), "NOT_SET is required");

    @Override
    public String handleRequest(String input, Context context) {
      return TABLE;
    }
  }

  /** Counts instances, to see warm reuse. */
  public static final class Counting implements RequestHandler<String, Integer> {
    static final AtomicInteger INSTANCES = new AtomicInteger();
    private final int number = INSTANCES.incrementAndGet();

    @Override
    public Integer handleRequest(String input, Context context) {
      return number;
    }
  }

  /** Blocks until released, to hold environments busy. */
  public static final class Blocking implements RequestHandler<String, String> {
    static volatile CountDownLatch arrived = new CountDownLatch(0);
    static volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public String handleRequest(String input, Context context) {
      arrived.countDown();
      try {
        if (!release.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return "released " + System.identityHashCode(this);
    }
  }

  /** Reads an environment variable in its static initialiser, as handlers commonly do. */
  public static final class StaticConfig implements RequestHandler<String, String> {
    static final String TABLE = System.getenv("TABLE_NAME");

    @Override
    public String handleRequest(String input, Context context) {
      return TABLE + "/" + System.getenv("TABLE_NAME") + "/" + System.getenv("AWS_LAMBDA_FUNCTION_NAME");
    }
  }

  /** Counts its static initialisations, to see per-environment class loaders. */
  public static final class StaticState implements RequestHandler<String, Integer> {
    static final List<String> INITS = new CopyOnWriteArrayList<>();
    static int calls;

    static {
      INITS.add("init");
    }

    @Override
    public Integer handleRequest(String input, Context context) {
      return ++calls;
    }
  }
}
