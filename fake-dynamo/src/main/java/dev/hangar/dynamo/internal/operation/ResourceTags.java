package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.store.StorageEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The tags of each taggable resource (tables), by ARN, recorded in the fake's storage. */
final class ResourceTags {
  private final Map<String, Map<String, String>> byArn = new ConcurrentHashMap<>();
  private final StorageEngine storage;

  /** The tags the storage recorded before (a reopened data directory's). */
  ResourceTags(StorageEngine storage) {
    this.storage = storage;
    storage.tags().forEach((arn, tags) -> byArn.put(arn, new LinkedHashMap<>(tags)));
  }

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
      storage.recordTags(arn, new LinkedHashMap<>(tags));
    }
  }

  /** Forgets every resource's tags; the storage forgets them with its tables. */
  void clear() {
    byArn.clear();
  }

  /** Forgets a deleted resource's tags. */
  void remove(String arn) {
    byArn.remove(arn);
    storage.recordTags(arn, Map.of());
  }
}
