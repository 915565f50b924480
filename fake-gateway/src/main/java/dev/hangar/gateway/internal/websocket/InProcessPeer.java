package dev.hangar.gateway.internal.websocket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The in-process client end of a connection: pushed messages wait in a queue until the test takes
 * them; a close from the gateway completes a future. Waiting blocks on the queue or the future,
 * never sleeps.
 */
public final class InProcessPeer implements ConnectionPeer {

  /**
   * A message as it arrived.
   *
   * @param data the bytes
   * @param text whether it came in a text frame
   */
  public record Message(byte[] data, boolean text) {
    /**
     * The message as text.
     *
     * @return the bytes decoded as UTF-8
     */
    public String asText() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  /**
   * A close code and reason.
   *
   * @param code the status code
   * @param reason the reason
   */
  public record Close(int code, String reason) {}

  private final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
  private final CompletableFuture<Close> closed = new CompletableFuture<>();

  @Override
  public void sendText(String text) {
    if (!closed.isDone()) {
      inbox.add(new Message(text.getBytes(StandardCharsets.UTF_8), true));
    }
  }

  @Override
  public void sendBinary(byte[] data) {
    if (!closed.isDone()) {
      inbox.add(new Message(data.clone(), false));
    }
  }

  @Override
  public void close(int code, String reason) {
    closed.complete(new Close(code, reason));
  }

  /**
   * Records that the client closed the connection.
   *
   * @param code the status it sent
   * @param reason the reason it sent
   * @return true when this call closed it, false when it was closed already
   */
  public boolean closeFromClient(int code, String reason) {
    return closed.complete(new Close(code, reason));
  }

  /**
   * Takes the next message, waiting for it.
   *
   * @param timeout how long to wait at most
   * @return the message, or empty when none arrived in time
   */
  public Optional<Message> poll(Duration timeout) {
    try {
      return Optional.ofNullable(inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The close status, once closed.
   *
   * @return the status, or empty while open
   */
  public Optional<Close> closeStatus() {
    return Optional.ofNullable(closed.getNow(null));
  }

  /**
   * Waits for the connection to close.
   *
   * @param timeout how long to wait at most
   * @return the status, or empty when still open after the wait
   */
  public Optional<Close> awaitClose(Duration timeout) {
    try {
      return Optional.of(closed.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
