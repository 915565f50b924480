package dev.hangar.junit.internal;

import dev.hangar.harness.lambda.InvocationRecord;
import java.util.List;

/** Renders the Lambda invocations of a test for its flight record. */
final class LambdaRecords {
  private static final int MAX_PAYLOAD = 400;

  private LambdaRecords() {}

  static String render(List<InvocationRecord> all, int from) {
    if (all.size() <= from) {
      return "";
    }
    StringBuilder out = new StringBuilder(String.format("%n  Lambda invocations:"));
    for (InvocationRecord record : all.subList(from, all.size())) {
      out.append(
          String.format(
              "%n  - %s %s %s (%s, %d ms) -> %s",
              record.startedAt(),
              record.functionName(),
              record.requestId(),
              record.coldStart() ? "cold start" : "warm",
              record.duration().toMillis(),
              record.functionError().map(e -> "failed (" + e + ")").orElse("ok")));
      out.append(String.format("%n       event:    %s", clip(record.requestPayload())));
      out.append(String.format("%n       response: %s", clip(record.responsePayload())));
      for (String line : record.logLines()) {
        out.append(String.format("%n       | %s", line));
      }
    }
    return out.toString();
  }

  private static String clip(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= MAX_PAYLOAD ? flat : flat.substring(0, MAX_PAYLOAD) + "...";
  }
}
