package dev.hangar.harness.lambda;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;

/**
 * A careless handler: it swallows the interrupt of its timeout and then tries to write through the
 * harness (here by invoking the {@code recorder} function with the real SDK client).
 */
public final class Zombie {
  static volatile CountDownLatch done = new CountDownLatch(1);
  static final AtomicReference<Throwable> lateWriteFailure = new AtomicReference<>();
  static final AtomicInteger recorded = new AtomicInteger();

  public String lingers(String input) {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      // Swallowed on purpose: the harness must not rely on handlers honouring interrupts.
    }
    Thread.interrupted();
    LambdaClientBuilder builder =
        LambdaClient.builder()
            .endpointOverride(URI.create(System.getenv("HARNESS_ENDPOINT")))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")));
    if ("url-connection".equals(System.getenv("HTTP_CLIENT"))) {
      // A real socket to the loopback endpoint, not the in-process transport.
      builder.httpClient(UrlConnectionHttpClient.create());
    }
    try (LambdaClient client = builder.build()) {
      client.invoke(r -> r.functionName("recorder").payload(SdkBytes.fromUtf8String("\"late\"")));
    } catch (RuntimeException e) {
      lateWriteFailure.set(e);
    } finally {
      done.countDown();
    }
    return "finished late";
  }

  public int record(String input) {
    return recorded.incrementAndGet();
  }
}
