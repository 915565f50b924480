package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import dev.hangar.harness.internal.env.EnvironmentOverlay;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.InvocationRecord;
import dev.hangar.harness.lambda.LambdaServiceException;
import dev.hangar.harness.spi.TraceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One registered function: its pool of execution environments and the invocation lifecycle of a
 * Lambda environment (init on a cold start, START, the handler under the timeout, END, REPORT).
 */
final class FunctionRuntime {
  private static final long INIT_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final int ACCOUNT_CONCURRENCY = 1000;
  private static final int MAX_RESPONSE = 6_291_556;

  final FunctionDefinition definition;
  final String arn;
  final Instant registeredAt;
  private final RuntimeSettings settings;
  private final EventSerializers sharedSerializers;
  private final ClassLoader sharedLoader;
  private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
  private final List<ExecutionEnvironment> all = new ArrayList<>();
  private int busy;
  private int environments;

  /** What one invocation produced. */
  record Result(InvocationRecord record, byte[] payload, String logTail) {}

  FunctionRuntime(FunctionDefinition definition, RuntimeSettings settings) {
    this.definition = definition;
    this.settings = settings;
    this.arn = settings.functionArn(definition.name());
    this.registeredAt = settings.clock().now();
    this.sharedLoader =
        definition.handlerClass().<ClassLoader>map(Class::getClassLoader).orElseGet(FunctionRuntime::defaultLoader);
    this.sharedSerializers = definition.isolatedClassLoader() ? null : new EventSerializers(sharedLoader);
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : FunctionRuntime.class.getClassLoader();
  }

  Result invoke(String requestId, byte[] payload, String invocationType, ClientContext clientContext) {
    ExecutionEnvironment env = acquire();
    InvocationLog log = new InvocationLog();
    Instant startedAt = settings.clock().now();
    boolean cold = !env.initialised();
    String error = null;
    String timeoutLine = null;
    byte[] output = null;
    long runNanos = 0;
    try {
      if (cold) {
        error = initialise(env, log);
      }
      log.runtime("START RequestId: " + requestId + " Version: $LATEST");
      if (error == null) {
        long start = settings.nanoTime().getAsLong();
        InvocationContext context =
            new InvocationContext(
                requestId, definition.name(), arn, env.logStreamName, definition.memorySize(),
                start + definition.timeout().toNanos(), settings.nanoTime(), log, clientContext);
        try {
          // The caller's trace goes with the invocation, so the function's own requests carry it.
          String trace = TraceContext.current().orElse(null);
          output =
              env.thread()
                  .call(
                      () -> {
                        try (TraceContext.Scope scope = TraceContext.enter(trace)) {
                          return run(env, payload, context);
                        }
                      },
                      definition.timeout().toNanos());
          if (output.length > MAX_RESPONSE) {
            output = null;
            error = responseTooLarge(log);
          }
        } catch (TimeoutException e) {
          env.kill("Invocation " + requestId + " of function " + definition.name());
          error = timedOut(requestId);
          timeoutLine = timeoutLine(requestId);
        } catch (EnvironmentThread.Failure e) {
          error = failed(env, e.getCause(), log);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          env.kill("Invocation " + requestId + " of function " + definition.name());
          throw new IllegalStateException("Interrupted while waiting for function " + definition.name(), e);
        }
        runNanos = settings.nanoTime().getAsLong() - start;
      }
    } finally {
      log.close();
      release(env);
    }
    return finish(
        requestId, invocationType, startedAt, env, cold, runNanos, payload, output, error, timeoutLine,
        log);
  }

  private static byte[] run(ExecutionEnvironment env, byte[] payload, InvocationContext context)
      throws Throwable {
    try (StandardStreams.AutoCloseableScope streams = StandardStreams.capture(context.log())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64);
      env.handler.handle(new ByteArrayInputStream(payload), out, context);
      return out.toByteArray();
    }
  }

  /** Loads the handler on the environment's thread; returns the error payload of an init error. */
  private String initialise(ExecutionEnvironment env, InvocationLog log) {
    long start = settings.nanoTime().getAsLong();
    EventSerializers serializers =
        sharedSerializers != null ? sharedSerializers : new EventSerializers(env.classLoader);
    try {
      env.handler =
          env.thread()
              .call(
                  () -> {
                    // The thread serves this environment for life, so it keeps the function's
                    // variables from here on: the invocations need not enter them each time.
                    EnvironmentOverlay.enter(env.variables);
                    try (StandardStreams.AutoCloseableScope streams = StandardStreams.capture(log)) {
                      return new HandlerResolver(serializers)
                          .resolve(
                              definition.handler(),
                              env.classLoader,
                              definition.handlerInstance().orElse(null));
                    }
                  },
                  INIT_LIMIT_NANOS);
      return null;
    } catch (EnvironmentThread.Failure e) {
      env.kill("The init phase of function " + definition.name());
      if (e.getCause() instanceof HandlerFault fault) {
        log.runtime(fault.logText());
        return fault.payload();
      }
      Throwable cause = ErrorPayload.filterStackTrace(e.getCause());
      log.runtime(report(cause));
      return ErrorPayload.ofThrowable(cause);
    } catch (TimeoutException e) {
      env.kill("The init phase of function " + definition.name());
      log.runtime("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout");
      return ErrorPayload.ofFault("Init timed out after 10.00 seconds", "Sandbox.Timedout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      env.kill("The init phase of function " + definition.name());
      throw new IllegalStateException("Interrupted while starting function " + definition.name(), e);
    } finally {
      env.initNanos = settings.nanoTime().getAsLong() - start;
    }
  }

  private String failed(ExecutionEnvironment env, Throwable t, InvocationLog log) {
    if (t instanceof HandlerFault fault) {
      log.runtime(fault.logText());
      if (fault.fatal()) {
        env.kill("The environment of function " + definition.name());
      }
      return fault.payload();
    }
    ErrorPayload.filterStackTrace(t);
    log.runtime(report(t));
    if (t instanceof VirtualMachineError || t instanceof IOError) {
      // The runtime exits after these; the next invocation gets a new environment.
      env.kill("The environment of function " + definition.name());
    }
    return ErrorPayload.ofThrowable(t);
  }

  private static String responseTooLarge(InvocationLog log) {
    String message =
        "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE + " bytes).";
    log.runtime(message);
    return ErrorPayload.ofFault(message, "Function.ResponseSizeTooLarge");
  }

  private String timeoutSeconds() {
    return String.format(Locale.ROOT, "%.2f", definition.timeout().toMillis() / 1000.0);
  }

  private String timeoutLine(String requestId) {
    return settings.clock().now() + " " + requestId + " Task timed out after " + timeoutSeconds() + " seconds";
  }

  private String timedOut(String requestId) {
    String seconds = timeoutSeconds();
    return ErrorPayload.ofFault(
        "RequestId: " + requestId + " Error: Task timed out after " + seconds + " seconds",
        "Sandbox.Timedout");
  }

  private static String report(Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    return ErrorPayload.message(t) + ": " + t.getClass().getName() + "\n" + trace;
  }

  private Result finish(
      String requestId, String invocationType, Instant startedAt, ExecutionEnvironment env,
      boolean cold, long runNanos, byte[] request, byte[] output, String error, String timeoutLine,
      InvocationLog log) {
    Duration init = cold ? Duration.ofNanos(env.initNanos) : Duration.ZERO;
    Duration run = Duration.ofNanos(runNanos);
    long billedMillis = (runNanos + init.toNanos() + 999_999) / 1_000_000;
    log.runtime("END RequestId: " + requestId);
    StringBuilder report =
        new StringBuilder(160)
            .append("REPORT RequestId: ")
            .append(requestId)
            .append("\tDuration: ")
            .append(milliseconds(runNanos))
            .append(" ms\tBilled Duration: ")
            .append(billedMillis)
            .append(" ms\tMemory Size: ")
            .append(definition.memorySize())
            .append(" MB");
    if (cold) {
      report.append("\tInit Duration: ").append(milliseconds(init.toNanos())).append(" ms");
    }
    log.runtime(report.toString());
    if (timeoutLine != null) {
      // Lambda writes the timeout after the REPORT line.
      log.runtime(timeoutLine);
    }
    byte[] payload = error != null ? error.getBytes(StandardCharsets.UTF_8) : output;
    InvocationRecord record =
        new InvocationRecord(
            requestId, definition.name(), invocationType, startedAt, env.id, cold, init, run,
            Duration.ofMillis(billedMillis), log.lines(),
            new String(request, StandardCharsets.UTF_8),
            new String(payload, StandardCharsets.UTF_8),
            error != null ? Optional.of("Unhandled") : Optional.empty());
    return new Result(record, payload, log.tail());
  }

  /** Nanoseconds as milliseconds with two decimals, as the REPORT line shows them. */
  static String milliseconds(long nanos) {
    long hundredths = (nanos + 5_000) / 10_000;
    long fraction = hundredths % 100;
    return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  private synchronized ExecutionEnvironment acquire() {
    int limit = definition.reservedConcurrency().orElse(ACCOUNT_CONCURRENCY);
    if (busy >= limit) {
      throw new LambdaServiceException(
          "TooManyRequestsException",
          429,
          "Rate Exceeded.",
          definition.reservedConcurrency().isPresent()
              ? "ReservedFunctionConcurrentInvocationLimitExceeded"
              : "ConcurrentInvocationLimitExceeded");
    }
    busy++;
    ExecutionEnvironment env = idle.pollFirst();
    return env != null ? env : newEnvironment();
  }

  private ExecutionEnvironment newEnvironment() {
    int id = ++environments;
    String stream =
        settings.clock().now().toString().substring(0, 10).replace('-', '/')
            + "/[$LATEST]"
            + settings.ids().get().replace("-", "");
    ClassLoader loader =
        definition.isolatedClassLoader()
            ? EnvironmentClassLoader.forHandler(sharedLoader, className())
            : sharedLoader;
    ExecutionEnvironment env =
        new ExecutionEnvironment(
            id,
            definition.name(),
            stream,
            ReservedVariables.of(definition, settings, stream),
            loader,
            settings.threadSetup());
    all.add(env);
    return env;
  }

  private String className() {
    String handler = definition.handler();
    int separator = handler.lastIndexOf("::");
    return separator < 0 ? handler : handler.substring(0, separator);
  }

  private synchronized void release(ExecutionEnvironment env) {
    busy--;
    if (env.dead) {
      all.remove(env);
    } else {
      idle.addFirst(env);
    }
  }

  /** Discards idle environments; busy ones finish and are discarded when they come back. */
  synchronized void reset() {
    for (ExecutionEnvironment env : all) {
      env.shutdown();
    }
    all.clear();
    idle.clear();
  }
}
