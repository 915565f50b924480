package dev.hangar.harness.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The overlay in a JVM started without the --add-opens flag: the Unsafe fallback must work. */
class WithoutFlagsTest {

  @Test
  void overlayInstallsWithoutAddOpens() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(java, "-cp", System.getProperty("java.class.path"), WithoutFlagsMain.class.getName()))
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).contains("inside=t9").contains("outside=null");
    assertThat(process.exitValue()).isZero();
  }
}
