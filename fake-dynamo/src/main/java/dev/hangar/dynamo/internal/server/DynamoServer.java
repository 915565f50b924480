package dev.hangar.dynamo.internal.server;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.LoopbackEndpoint;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: {@code java -jar fake-dynamo-server.jar --port N} serves the fake DynamoDB
 * over HTTP on 127.0.0.1, prints the URL, and stops cleanly when the process is terminated.
 */
public final class DynamoServer {
  private static final String USAGE =
      "Usage: java -jar fake-dynamo-server.jar [--port N]   (N = 0 picks a free port; default 8000)";

  private DynamoServer() {}

  /**
   * Starts the server and waits until the JVM shuts down.
   *
   * @param args {@code --port N}
   * @throws InterruptedException when the main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Integer port = parsePort(args, System.err);
    if (port == null) {
      System.exit(2);
      return;
    }
    Harness harness = Harness.builder().service(FakeDynamo.create()).build();
    LoopbackEndpoint endpoint = harness.serveOnLoopback(port);
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
    int port = 8000;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
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
    return port;
  }
}
