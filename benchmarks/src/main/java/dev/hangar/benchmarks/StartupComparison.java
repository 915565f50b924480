package dev.hangar.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the first GetItem, measured as whole processes: for each target, several fresh JVMs
 * run {@link StartupToFirstGetItem}, alternating targets, and the median is reported.
 */
public final class StartupComparison {
  private StartupComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args optionally the number of runs per target (default 7)
   * @throws Exception when a run fails
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    List<String> targets = List.of(DynamoTargets.HANGAR, DynamoTargets.LOCAL);
    List<List<Long>> samples = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      samples.add(new ArrayList<>());
    }
    for (int run = 0; run < runs; run++) {
      for (int t = 0; t < targets.size(); t++) {
        samples.get(t).add(sample(targets.get(t)));
      }
    }
    long hangar = median(samples.get(0));
    long local = median(samples.get(1));
    System.out.printf(
        "start-up to first GetItem, median of %d fresh JVMs: hangar %d ms, dynamodb-local %d ms,"
            + " ratio %.1fx%n",
        runs, hangar, local, (double) local / hangar);
    System.out.println("hangar samples " + samples.get(0));
    System.out.println("dynamodb-local samples " + samples.get(1));
  }

  private static long sample(String target) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            StartupToFirstGetItem.class.getName(),
            target);
    builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    long result = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        output.append(line).append('\n');
        if (line.startsWith("FIRST_GET_ITEM_MS ")) {
          result = Long.parseLong(line.substring("FIRST_GET_ITEM_MS ".length()).trim());
        }
      }
    }
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    if (result < 0) {
      throw new IllegalStateException(target + " did not reach its first GetItem:\n" + output);
    }
    return result;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
