package dev.hangar.dynamo.internal.operation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The tags of each taggable resource (tables), by ARN. */
final class ResourceTags {
  private final Map<String, Map<String, String>> byArn = new ConcurrentHashMap<>();

  /** A copy of a resource's tags, in the order they were first set. */
  Map<String, String> of(String arn) {
    Map<String, String> tags = byArn.get(arn);
    if (tags == null) {
      return Map.of();
    }
    synchronized (tags) {
      return new LinkedHashMap<>(tags);
    }
  }

  /** Runs a change of a resource's tags atomically. */
  void change(String arn, java.util.function.Consumer<Map<String, String>> change) {
    Map<String, String> tags = byArn.computeIfAbsent(arn, a -> new LinkedHashMap<>());
    synchronized (tags) {
      change.accept(tags);
    }
  }

  /** Forgets every resource's tags. */
  void clear() {
    byArn.clear();
  }

  /** Forgets a deleted resource's tags. */
  void remove(String arn) {
    byArn.remove(arn);
  }
}
