package dev.hangar.harness.internal.lambda;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread of an execution environment, and the hand-off of work to it. The handler runs
 * there rather than on the caller's thread so that an invocation that outlives its timeout can be
 * abandoned, and so that thread-local state survives between invocations, as in a Lambda
 * environment.
 *
 * <p>Why not a single-thread executor: the hand-off is on the path of every warm invocation, and an
 * executor adds a blocking queue (a lock, a node), a future and its waiter node, and an unpark
 * whether or not the other side sleeps. Here the caller publishes one job in a volatile field; each
 * side announces that it is about to park and checks again before it does (a Dekker handshake on
 * volatile fields), so a wake-up is never lost and an unpark is only paid for a parked thread.
 *
 * <p>Neither side spins before parking: measured on a loaded two-core machine, spinning for even a
 * few microseconds took the core the other side needed and made a warm invocation many times
 * slower, and test runs share their cores with everything else.
 */
final class EnvironmentThread {

  private final Thread thread;
  private volatile Job<?> pending;
  private volatile Job<?> last;
  private volatile boolean sleeping;
  private volatile boolean stopped;

  /**
   * One piece of work and, once done, its outcome. Its state (new, running, cancelled) decides who
   * wins when the environment's thread starts it just as the caller gives up on it.
   */
  private static final class Job<T> {
    static final int NEW = 0;
    static final int RUNNING = 1;
    static final int CANCELLED = 2;

    @SuppressWarnings("rawtypes")
    private static final AtomicIntegerFieldUpdater<Job> STATE =
        AtomicIntegerFieldUpdater.newUpdater(Job.class, "state");

    final Work<T> work;
    volatile int state;
    T value;
    Throwable failure;
    volatile boolean done;
    volatile Thread waiter;

    Job(Work<T> work) {
      this.work = work;
    }

    boolean moveFrom(int expected, int next) {
      return STATE.compareAndSet(this, expected, next);
    }
  }

  /** What runs on the environment's thread; may throw anything, errors included. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws Throwable;
  }

  /** The handler's throwable, carried back to the caller's thread. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(Throwable cause) {
      super(cause);
    }
  }

  EnvironmentThread(String name, ClassLoader classLoader, Runnable threadSetup) {
    thread =
        new Thread(
            () -> {
              threadSetup.run();
              loop();
            },
            name);
    thread.setDaemon(true);
    thread.setContextClassLoader(classLoader);
    thread.start();
  }

  Thread thread() {
    return thread;
  }

  /**
   * Runs work on the environment's thread and waits for it. One job at a time: an environment
   * serves one invocation at a time.
   *
   * @param work what to run
   * @param timeoutNanos how long to wait
   * @return what the work returned
   * @throws Failure when the work threw
   * @throws TimeoutException when the work is still running after the timeout (it carries on until
   *     the caller interrupts or abandons it)
   * @throws InterruptedException when the caller was interrupted while waiting
   */
  <T> T call(Work<T> work, long timeoutNanos)
      throws Failure, TimeoutException, InterruptedException {
    Job<T> job = new Job<>(work);
    long deadline = System.nanoTime() + timeoutNanos;
    last = job;
    pending = job;
    if (sleeping) {
      LockSupport.unpark(thread);
    }
    await(job, deadline);
    if (job.failure != null) {
      throw new Failure(job.failure);
    }
    return job.value;
  }

  private static void await(Job<?> job, long deadline)
      throws TimeoutException, InterruptedException {
    job.waiter = Thread.currentThread();
    while (!job.done) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException();
      }
      LockSupport.parkNanos(job, left);
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  /**
   * Cancels the last work if it has not started, interrupts it (once) if it is running, and ends the
   * thread once it returns.
   */
  void interruptAndStop() {
    stopped = true;
    Job<?> job = last;
    if (job != null
        && !job.moveFrom(Job.NEW, Job.CANCELLED)
        && job.state == Job.RUNNING
        && !job.done) {
      thread.interrupt();
    }
    LockSupport.unpark(thread);
  }

  /** Ends the thread once its current work, if any, returns. */
  void stop() {
    stopped = true;
    LockSupport.unpark(thread);
  }

  private void loop() {
    while (!stopped) {
      Job<?> job = take();
      if (job != null) {
        run(job);
      }
    }
  }

  /** The next job, or null when stopped. */
  private Job<?> take() {
    Job<?> job;
    while ((job = pending) == null && !stopped) {
      sleeping = true;
      if (pending == null && !stopped) {
        LockSupport.park(this);
      }
      sleeping = false;
    }
    pending = null;
    return job;
  }

  private static <T> void run(Job<T> job) {
    if (!job.moveFrom(Job.NEW, Job.RUNNING)) {
      return;
    }
    try {
      job.value = job.work.run();
    } catch (Throwable t) {
      job.failure = t;
    }
    // The plain fields above are published by this volatile write.
    job.done = true;
    Thread waiter = job.waiter;
    if (waiter != null) {
      LockSupport.unpark(waiter);
    }
  }
}
