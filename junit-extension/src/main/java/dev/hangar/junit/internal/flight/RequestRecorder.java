package dev.hangar.junit.internal.flight;

import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;

/**
 * Records each request a harness answers with its response. It observes the harness's own
 * dispatcher, so calls that handlers make from their execution environments are recorded as well
 * as the test's own.
 */
public final class RequestRecorder implements RequestObserver {
  private static final int MAX_BODY = 400;

  private final FlightRecorder recorder;

  /**
   * A recorder of requests.
   *
   * @param recorder where to record
   */
  public RequestRecorder(FlightRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void requestHandled(String service, ServiceRequest request, ServiceResponse response) {
    String target = request.header("X-Amz-Target");
    String operation =
        target != null
            ? target.substring(target.indexOf('.') + 1)
            : request.method() + " " + request.path();
    recorder.record(
        service,
        operation + " -> " + response.status(),
        "request:  " + clip(request.body()) + "\nresponse: " + clip(response.body()));
  }

  private static String clip(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replace('\n', ' ');
    return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "...";
  }

  @Override
  public String toString() {
    return "Hangar's flight recorder";
  }
}
