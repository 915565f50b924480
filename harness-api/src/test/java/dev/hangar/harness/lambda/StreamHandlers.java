package dev.hangar.harness.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Stream handlers whose behaviour a test sets, and which keep what they received. */
public final class StreamHandlers {
  private StreamHandlers() {}

  /** Records every event; fails when a record's id is in {@code poison}. */
  public static final class Recording implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    final List<DynamodbEvent> events = new CopyOnWriteArrayList<>();
    volatile Set<String> poison = Set.of();
    volatile Function<DynamodbEvent, StreamsEventResponse> response = event -> null;

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
      events.add(event);
      for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
        String id = record.getDynamodb().getKeys().get("id").getS();
        if (poison.contains(id)) {
          throw new IllegalStateException("poison record " + id);
        }
      }
      return response.apply(event);
    }

    /** The ids of each event's records, event by event. */
    List<List<String>> batches() {
      List<List<String>> out = new ArrayList<>();
      for (DynamodbEvent event : events) {
        out.add(
            event.getRecords().stream()
                .map(r -> r.getDynamodb().getKeys().get("id").getS())
                .toList());
      }
      return out;
    }
  }
}
