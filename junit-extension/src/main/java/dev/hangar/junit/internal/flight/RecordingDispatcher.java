package dev.hangar.junit.internal.flight;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;

/** Passes requests to a harness and records each with its response. */
public final class RecordingDispatcher implements Dispatcher {
  private static final int MAX_BODY = 400;

  private final Dispatcher delegate;
  private final FlightRecorder recorder;

  /**
   * A recording decorator.
   *
   * @param delegate the harness's dispatcher
   * @param recorder where to record
   */
  public RecordingDispatcher(Dispatcher delegate, FlightRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public ServiceResponse dispatch(ServiceRequest request) {
    ServiceResponse response = delegate.dispatch(request);
    String target = request.header("X-Amz-Target");
    String operation =
        target != null
            ? target.substring(target.indexOf('.') + 1)
            : request.method() + " " + request.path();
    String source = target != null && target.startsWith("DynamoDB") ? "dynamodb" : request.host();
    recorder.record(
        source,
        operation + " -> " + response.status(),
        "request:  " + clip(request.body()) + "\nresponse: " + clip(response.body()));
    return response;
  }

  private static String clip(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replace('\n', ' ');
    return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "...";
  }
}
