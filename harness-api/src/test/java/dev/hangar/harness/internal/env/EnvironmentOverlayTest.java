package dev.hangar.harness.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EnvironmentOverlayTest {

  @Test
  void enteredThread_seesItsEnvironment_otherThreadsSeeTheProcess() throws Exception {
    String home = System.getenv("PATH");
    try (EnvironmentOverlay.Scope scope = EnvironmentOverlay.enter(Map.of("TABLE_NAME", "t1"))) {
      assertThat(System.getenv("TABLE_NAME")).isEqualTo("t1");
      assertThat(System.getenv()).containsOnlyKeys("TABLE_NAME");
      String other =
          CompletableFuture.supplyAsync(() -> System.getenv("TABLE_NAME") + "|" + System.getenv("PATH"))
              .get(10, TimeUnit.SECONDS);
      assertThat(other).isEqualTo("null|" + home);
    }
    assertThat(System.getenv("TABLE_NAME")).isNull();
    assertThat(System.getenv("PATH")).isEqualTo(home);
  }

  @Test
  void nestedScopes_restoreTheOuterEnvironment() {
    try (EnvironmentOverlay.Scope outer = EnvironmentOverlay.enter(Map.of("A", "outer"))) {
      try (EnvironmentOverlay.Scope inner = EnvironmentOverlay.enter(Map.of("A", "inner"))) {
        assertThat(System.getenv("A")).isEqualTo("inner");
      }
      assertThat(System.getenv("A")).isEqualTo("outer");
    }
  }

  @Test
  void unsafeFallback_replacesTheBackingMapWithoutTheFlag() throws Exception {
    Map<String, String> backing = new HashMap<>(Map.of("K", "process"));
    Map<String, String> view = Collections.unmodifiableMap(backing);
    EnvironmentOverlay.ThreadAwareEnvironment overlay =
        EnvironmentOverlay.replaceWithUnsafe(
            view, view.getClass().getDeclaredField("m"), new IllegalStateException("no flag"));
    assertThat(overlay.process).isSameAs(backing);
    assertThat(view.get("K")).isEqualTo("process");
    try (EnvironmentOverlay.Scope scope = EnvironmentOverlay.enter(Map.of("K", "function"))) {
      assertThat(view.get("K")).isEqualTo("function");
    }
  }

  @Test
  void processEnvironment_isTheRealOneEvenInsideAScope() {
    try (EnvironmentOverlay.Scope scope = EnvironmentOverlay.enter(Map.of())) {
      assertThat(EnvironmentOverlay.processEnvironment()).containsKey("PATH");
    }
  }
}
