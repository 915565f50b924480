package dev.hangar.harness.internal;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Offers each request to a harness's services in order. A request no service recognises, and a
 * service that fails unexpectedly, get a JSON error that says so instead of an exception.
 */
public final class ServiceDispatcher implements Dispatcher {
  private final List<AwsService> services;
  private final String owner;
  private volatile boolean closed;

  /**
   * A dispatcher over the given services.
   *
   * @param owner the harness's name, for messages
   * @param services the services in the order they are offered requests
   */
  public ServiceDispatcher(String owner, List<AwsService> services) {
    this.owner = owner;
    this.services = List.copyOf(services);
  }

  /** Answers every later request with an error saying the harness is closed. */
  public void close() {
    closed = true;
  }

  @Override
  public ServiceResponse dispatch(ServiceRequest request) {
    if (closed) {
      return ServiceResponse.json(
          400,
          ErrorJson.of(
              "HangarHarnessClosed",
              "The harness " + owner + " is closed; this request (" + request + ") came too late"));
    }
    for (AwsService service : services) {
      boolean handles;
      try {
        handles = service.handles(request);
      } catch (RuntimeException e) {
        return internalError(service, e);
      }
      if (handles) {
        try {
          ServiceResponse response = service.handle(request);
          if (response == null) {
            return internalError(service, new IllegalStateException("handle returned null"));
          }
          return response;
        } catch (RuntimeException | StackOverflowError e) {
          return internalError(service, e);
        }
      }
    }
    String target = request.header("X-Amz-Target");
    String registered =
        services.isEmpty()
            ? "none"
            : services.stream().map(AwsService::name).collect(Collectors.joining(", "));
    return ServiceResponse.json(
        400,
        ErrorJson.of(
            "HangarUnroutableRequest",
            "No service of this harness handles "
                + request.method()
                + " "
                + request.path()
                + (target == null ? "" : " (X-Amz-Target " + target + ")")
                + " on host "
                + request.host()
                + "; registered services: "
                + registered));
  }

  private static ServiceResponse internalError(AwsService service, Throwable e) {
    return ServiceResponse.json(
        500,
        ErrorJson.of(
            "InternalServerError",
            "Hangar's " + service.name() + " fake failed unexpectedly: " + e));
  }
}
