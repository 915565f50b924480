package dev.hangar.dynamo.internal.server;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.LoopbackEndpoint;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: {@code java -jar fake-dynamo-server.jar --port N} serves the fake DynamoDB
 * over HTTP on 127.0.0.1, prints the URL, and stops cleanly when the process is terminated. With
 * {@code --data-dir DIR} tables live in that directory and survive restarts (as DynamoDB Local's
 * {@code -dbPath}); MapDB must then be on the class path.
 */
public final class DynamoServer {
  private static final String USAGE =
      "Usage: java -jar fake-dynamo-server.jar [--port N] [--data-dir DIR]   (N = 0 picks a free"
          + " port; default 8000. DIR keeps the tables across restarts and needs"
          + " org.mapdb:mapdb:3.1.0 on the class path)";

  private DynamoServer() {}

  /** The command line, parsed. */
  record Options(int port, Path dataDirectory) {}

  /**
   * Starts the server and waits until the JVM shuts down.
   *
   * @param args {@code --port N}, {@code --data-dir DIR}
   * @throws InterruptedException when the main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Options options = parse(args, System.err);
    if (options == null) {
      System.exit(2);
      return;
    }
    Harness harness;
    try {
      harness = Harness.builder()
          .service(FakeDynamo.builder().dataDirectory(options.dataDirectory()).build())
          .build();
    } catch (IllegalStateException e) {
      System.err.println("Hangar fake DynamoDB cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    LoopbackEndpoint endpoint = harness.serveOnLoopback(options.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      harness.close();
      System.out.println("Hangar fake DynamoDB stopped");
      stopped.countDown();
    }, "hangar-dynamo-shutdown"));
    System.out.println("Hangar fake DynamoDB listening on " + endpoint.uri());
    System.out.flush();
    stopped.await();
  }

  /**
   * Reads {@code --port N}; prints the problem and returns null for anything else.
   *
   * @param args the command line
   * @param err where problems go
   * @return the port, or null when the command line is wrong
   */
  static Integer parsePort(String[] args, PrintStream err) {
    Options options = parse(args, err);
    return options == null ? null : options.port();
  }

  /**
   * Reads {@code --port N} and {@code --data-dir DIR}; prints the problem and returns null for
   * anything else.
   *
   * @param args the command line
   * @param err where problems go
   * @return the options, or null when the command line is wrong
   */
  static Options parse(String[] args, PrintStream err) {
    int port = 8000;
    Path dataDirectory = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data-dir") && i + 1 < args.length) {
        dataDirectory = Path.of(args[++i]);
      } else if (args[i].equals("--port") && i + 1 < args.length) {
        try {
          port = Integer.parseInt(args[++i]);
        } catch (NumberFormatException e) {
          err.println("--port needs a number, got '" + args[i] + "'. " + USAGE);
          return null;
        }
        if (port < 0 || port > 65535) {
          err.println("--port must be 0..65535, got " + port + ". " + USAGE);
          return null;
        }
      } else {
        err.println("Unknown argument '" + args[i] + "'. " + USAGE);
        return null;
      }
    }
    return new Options(port, dataDirectory);
  }
}
