package dev.hangar.harness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The clock of a harness. Everything in Hangar that waits or expires — DynamoDB TTL, stream
 * retention, authorizer and stage caches, token expiry, async invocation retries — reads this
 * clock, so a test can move time forward instead of sleeping.
 *
 * <p>A clock either follows the system clock plus an offset ({@link #system()}, the default: time
 * passes as usual and {@link #advance(Duration)} jumps ahead), or stands still until it is moved
 * ({@link #fixed(Instant)}: fully deterministic). Listeners registered with {@link
 * #onAdvance(Consumer)} run after every {@link #advance(Duration)} or {@link #set(Instant)}, so a
 * fake can expire what the jump made due.
 *
 * <p>Instances are safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class HarnessClock {
  private final Clock source;
  private final Object lock = new Object();
  private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();
  private volatile Duration offset = Duration.ZERO;
  private volatile Instant fixedAt;

  private HarnessClock(Clock source, Instant fixedAt) {
    this.source = source;
    this.fixedAt = fixedAt;
  }

  /**
   * A clock that follows the system clock; {@link #advance(Duration)} adds to an offset.
   *
   * @return a new clock, never null
   */
  public static HarnessClock system() {
    return new HarnessClock(Clock.systemUTC(), null);
  }

  /**
   * A clock that stands at the given instant until it is advanced or set.
   *
   * @param start the instant the clock shows
   * @return a new clock, never null
   */
  public static HarnessClock fixed(Instant start) {
    Objects.requireNonNull(start, "start");
    return new HarnessClock(Clock.systemUTC(), start);
  }

  /**
   * The current instant on this clock.
   *
   * @return the instant, never null
   */
  public Instant now() {
    Instant fixed = fixedAt;
    return fixed != null ? fixed : source.instant().plus(offset);
  }

  /**
   * The current time in milliseconds since the epoch.
   *
   * @return milliseconds since 1970-01-01T00:00:00Z
   */
  public long millis() {
    return now().toEpochMilli();
  }

  /**
   * Moves the clock forward and then runs the listeners.
   *
   * @param amount how far to move; must not be negative
   * @return the new current instant, never null
   * @throws IllegalArgumentException when {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "HarnessClock.advance takes a non-negative duration, got " + amount);
    }
    Instant now;
    synchronized (lock) {
      if (fixedAt != null) {
        fixedAt = fixedAt.plus(amount);
      } else {
        offset = offset.plus(amount);
      }
      now = now();
    }
    fire(now);
    return now;
  }

  /**
   * Sets the clock to an instant and then runs the listeners. On a system-following clock the
   * offset is changed so that the clock shows {@code instant} now and keeps running from there.
   *
   * @param instant the instant to show
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (lock) {
      if (fixedAt != null) {
        fixedAt = instant;
      } else {
        offset = Duration.between(source.instant(), instant);
      }
    }
    fire(instant);
  }

  /**
   * Registers a listener that runs after every {@link #advance(Duration)} and {@link #set(Instant)}
   * with the clock's new instant, on the thread that moved the clock.
   *
   * @param listener the listener
   * @return a handle that removes the listener when closed, never null
   */
  public Subscription onAdvance(Consumer<Instant> listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * This clock as a {@link java.time.Clock} in UTC, for code that takes one.
   *
   * @return a view of this clock, never null
   */
  public Clock asJavaClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A harness clock is always in UTC");
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }

  /**
   * A listener registration; closing it removes the listener.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    /** Removes the listener; closing twice does nothing more. */
    @Override
    void close();
  }

  private void fire(Instant now) {
    for (Consumer<Instant> listener : listeners) {
      listener.accept(now);
    }
  }

  @Override
  public String toString() {
    return "HarnessClock[" + now() + (fixedAt != null ? ", fixed]" : "]");
  }
}
