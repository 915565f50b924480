package dev.hangar.harness.internal.eventsource;

import dev.hangar.harness.spi.StreamRecordSource;
import dev.hangar.harness.spi.StreamRegistration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The streams registered with a harness, by ARN. */
final class StreamSources {
  private final Map<String, StreamRecordSource> byArn = new ConcurrentHashMap<>();
  private final Consumer<String> appended;

  StreamSources(Consumer<String> appended) {
    this.appended = appended;
  }

  StreamRegistration register(StreamRecordSource source) {
    Objects.requireNonNull(source, "source");
    String arn = Objects.requireNonNull(source.eventSourceArn(), "source.eventSourceArn()");
    if (!StreamRecordSource.DYNAMODB.equals(source.eventSource())) {
      throw new IllegalArgumentException(
          "Hangar delivers only DynamoDB streams (eventSource aws:dynamodb) to Lambda, not "
              + source.eventSource() + " (" + arn + ")");
    }
    if (byArn.putIfAbsent(arn, source) != null) {
      throw new IllegalArgumentException("A stream with ARN " + arn + " is already registered");
    }
    return new StreamRegistration() {
      @Override
      public void recordsAppended() {
        appended.accept(arn);
      }

      @Override
      public void close() {
        byArn.remove(arn, source);
      }
    };
  }

  StreamRecordSource get(String arn) {
    return byArn.get(arn);
  }
}
