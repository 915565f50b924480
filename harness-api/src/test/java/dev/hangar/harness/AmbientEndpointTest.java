package dev.hangar.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * The ambient endpoint: unconfigured clients on different threads reach the harness bound to their
 * thread, so tests can run in parallel.
 */
class AmbientEndpointTest {
  private final AccountSettingsService firstService = new AccountSettingsService(1);
  private final AccountSettingsService secondService = new AccountSettingsService(2);
  private final Harness first = Harness.builder().service(firstService).build();
  private final Harness second = Harness.builder().service(secondService).build();

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  private static long codeSizeSeenByAnUnconfiguredClient() {
    try (LambdaClient client = LambdaClient.create()) {
      return client.getAccountSettings().accountLimit().totalCodeSize();
    }
  }

  @Test
  void boundThreads_runningAtOnce_eachReachTheirOwnHarness() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    try (Harness.Activation active = first.activate()) {
      CompletableFuture<Long> a =
          CompletableFuture.supplyAsync(() -> runBound(first, together), pool);
      CompletableFuture<Long> b =
          CompletableFuture.supplyAsync(() -> runBound(second, together), pool);
      assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
      assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo(2L);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long runBound(Harness harness, CyclicBarrier together) {
    try (Harness.Binding binding = harness.bindToCurrentThread()) {
      together.await(10, TimeUnit.SECONDS);
      long seen = codeSizeSeenByAnUnconfiguredClient();
      for (int i = 0; i < 20; i++) {
        assertThat(codeSizeSeenByAnUnconfiguredClient()).isEqualTo(seen);
      }
      return seen;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void binding_isInheritedByThreadsTheBoundThreadCreates() throws Exception {
    try (Harness.Activation active = first.activate();
        Harness.Binding binding = second.bindToCurrentThread()) {
      long[] seen = new long[1];
      Thread child = new Thread(() -> seen[0] = codeSizeSeenByAnUnconfiguredClient());
      child.start();
      child.join(30_000);
      assertThat(seen[0]).isEqualTo(2L);
    }
  }

  @Test
  void activations_nest_theLatestOpenOneIsTheDefault() {
    try (Harness.Activation outer = first.activate()) {
      try (Harness.Activation inner = second.activate()) {
        assertThat(codeSizeSeenByAnUnconfiguredClient()).isEqualTo(2L);
      }
      assertThat(codeSizeSeenByAnUnconfiguredClient()).isEqualTo(1L);
    }
  }

  @Test
  void overlappingActivations_restoreThePropertiesOnlyWhenTheLastCloses() {
    String before = System.getProperty("aws.endpointUrl");
    Harness.Activation outer = first.activate();
    Harness.Activation inner = second.activate();
    outer.close();
    // The inner activation is still open: its clients must still find a harness.
    assertThat(System.getProperty("aws.endpointUrl"))
        .isEqualTo(Harness.ambientEndpoint().toString());
    assertThat(codeSizeSeenByAnUnconfiguredClient()).isEqualTo(2L);
    inner.close();
    assertThat(System.getProperty("aws.endpointUrl")).isEqualTo(before);
  }

  @Test
  void ambientEndpoint_withNoHarnessActiveOrBound_failsWithAMessageThatSaysWhatToDo() {
    try (Harness.Activation active = first.activate()) {
      first.close();
      // The closed harness is no longer the default; nothing else is active.
      assertThatThrownBy(AmbientEndpointTest::codeSizeSeenByAnUnconfiguredClient)
          .isInstanceOf(LambdaException.class)
          .hasMessageContaining("no harness is active or bound to that thread")
          .hasMessageContaining("harness.activate()");
    }
  }

  @Test
  void boundHarness_closedWhileBound_answersThatItIsClosed() {
    try (Harness.Activation active = second.activate();
        Harness.Binding binding = first.bindToCurrentThread()) {
      first.close();
      assertThatThrownBy(AmbientEndpointTest::codeSizeSeenByAnUnconfiguredClient)
          .isInstanceOf(LambdaException.class)
          .hasMessageContaining("The harness hangar-")
          .hasMessageContaining("is closed");
    }
  }

  @Test
  void binding_closedOnAnotherThread_isRefused() throws Exception {
    Harness.Binding binding = first.bindToCurrentThread();
    try {
      CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(binding::close);
      assertThatThrownBy(() -> elsewhere.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasMessageContaining("must be closed on the thread that made it");
    } finally {
      binding.close();
    }
  }
}
