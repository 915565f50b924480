package dev.hangar.harness.internal.lambda;

import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.AsyncFailure;
import dev.hangar.harness.lambda.LambdaServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lambda's asynchronous invocation queue: an event is attempted at once; a function error is
 * retried after one minute and again after two more minutes on the harness clock; after the third
 * failure the invocation record goes to the function's failure list (the on-failure destination).
 * A throttled attempt waits a minute and does not count as an attempt.
 */
final class AsyncInvoker implements AutoCloseable {
  private static final Duration[] BACKOFF = {Duration.ofMinutes(1), Duration.ofMinutes(2)};

  private final FunctionRegistry registry;
  private final HarnessClock clock;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, List<AsyncFailure>> failures = new LinkedHashMap<>();
  private final ExecutorService worker;
  private final ScheduledExecutorService timer;
  private final AutoCloseable clockListener;
  private int running;

  /** One queued event. */
  private static final class Pending {
    final String function;
    final String arn;
    final String requestId;
    final byte[] payload;
    Instant due;
    int attempts;

    Pending(String function, String arn, String requestId, byte[] payload, Instant due) {
      this.function = function;
      this.arn = arn;
      this.requestId = requestId;
      this.payload = payload;
      this.due = due;
    }
  }

  AsyncInvoker(FunctionRegistry registry, HarnessClock clock) {
    this.registry = registry;
    this.clock = clock;
    this.worker = Executors.newSingleThreadExecutor(daemon("hangar-lambda-async"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("hangar-lambda-async-timer"));
    this.clockListener = clock.onAdvance(now -> dispatchDue());
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }

  void enqueue(String function, String arn, String requestId, byte[] payload) {
    synchronized (this) {
      pending.add(new Pending(function, arn, requestId, payload, clock.now()));
    }
    dispatchDue();
  }

  /** Starts every attempt that is due on the harness clock. */
  private void dispatchDue() {
    List<Pending> due = new ArrayList<>();
    synchronized (this) {
      Instant now = clock.now();
      for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
        Pending p = it.next();
        if (!p.due.isAfter(now)) {
          it.remove();
          due.add(p);
          running++;
        }
      }
    }
    for (Pending p : due) {
      worker.execute(() -> attempt(p));
    }
  }

  private void attempt(Pending p) {
    try {
      FunctionRuntime.Result result = registry.invokeRaw(p.function, p.payload, "Event", null);
      p.attempts++;
      if (result.record().failed()) {
        if (p.attempts > BACKOFF.length) {
          fail(p, result.record().responsePayload());
        } else {
          retryLater(p, BACKOFF[p.attempts - 1]);
        }
      }
    } catch (LambdaServiceException throttled) {
      retryLater(p, Duration.ofMinutes(1));
    } catch (RuntimeException e) {
      // The function was deleted or the harness is closing: the event is dropped, as Lambda does.
    } finally {
      synchronized (this) {
        running--;
        notifyAll();
      }
    }
  }

  private void retryLater(Pending p, Duration delay) {
    synchronized (this) {
      p.due = clock.now().plus(delay);
      pending.add(p);
    }
    // With a clock that follows the system clock, time passing makes the retry due by itself.
    timer.schedule(this::dispatchDue, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void fail(Pending p, String response) {
    failures
        .computeIfAbsent(p.function, k -> new ArrayList<>())
        .add(
            new AsyncFailure(
                p.requestId,
                p.arn + ":$LATEST",
                clock.now(),
                "RetriesExhausted",
                p.attempts,
                new String(p.payload, StandardCharsets.UTF_8),
                response,
                "Unhandled"));
  }

  synchronized List<AsyncFailure> failures(String function) {
    return List.copyOf(failures.getOrDefault(FunctionRegistry.nameOf(function), List.of()));
  }

  synchronized void awaitIdle(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (running > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            running + " asynchronous invocation(s) still running after " + limit);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for asynchronous invocations", e);
      }
    }
  }

  @Override
  public void close() {
    try {
      clockListener.close();
    } catch (Exception e) {
      // Removing a listener cannot fail in a way that matters once the harness closes.
    }
    worker.shutdownNow();
    timer.shutdownNow();
  }
}
