package dev.hangar.harness.internal;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Offers each request to a harness's services in order, then shows it with its answer to the
 * harness's observers. A request no service recognises, a service that fails unexpectedly and an
 * observer that fails get a JSON error that says so instead of an exception.
 */
public final class ServiceDispatcher implements Dispatcher {
  private final List<AwsService> services;
  private final List<RequestObserver> observers;
  private final String owner;
  private volatile boolean closed;

  /**
   * A dispatcher over the given services.
   *
   * @param owner the harness's name, for messages
   * @param services the services in the order they are offered requests
   * @param observers what is shown every answered request, in order
   */
  public ServiceDispatcher(
      String owner, List<AwsService> services, List<RequestObserver> observers) {
    this.owner = owner;
    this.services = List.copyOf(services);
    this.observers = new CopyOnWriteArrayList<>(observers);
  }

  /**
   * Adds an observer after the others; it is shown the requests answered from now on.
   *
   * @param observer the observer
   */
  public void addObserver(RequestObserver observer) {
    observers.add(observer);
  }

  /** Answers every later request with an error saying the harness is closed. */
  public void close() {
    closed = true;
  }

  @Override
  public ServiceResponse dispatch(ServiceRequest request) {
    Answer answer = answer(request);
    for (RequestObserver observer : observers) {
      try {
        observer.requestHandled(answer.service(), request, answer.response());
      } catch (RuntimeException e) {
        return ServiceResponse.json(
            400,
            ErrorJson.of(
                "HangarObserverFailed",
                "The request observer "
                    + observer
                    + " of "
                    + owner
                    + " failed after the request ("
                    + request
                    + ") was carried out: "
                    + e));
      }
    }
    return answer.response();
  }

  private Answer answer(ServiceRequest request) {
    if (closed) {
      return harness(ServiceResponse.json(
          400,
          ErrorJson.of(
              "HangarHarnessClosed",
              "The harness " + owner + " is closed; this request (" + request + ") came too late")));
    }
    for (AwsService service : services) {
      boolean handles;
      try {
        handles = service.handles(request);
      } catch (RuntimeException e) {
        return new Answer(service.name(), internalError(service, e));
      }
      if (handles) {
        return new Answer(service.name(), handle(service, request));
      }
    }
    String target = request.header("X-Amz-Target");
    String registered =
        services.isEmpty()
            ? "none"
            : services.stream().map(AwsService::name).collect(Collectors.joining(", "));
    return harness(ServiceResponse.json(
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
                + registered)));
  }

  private static ServiceResponse handle(AwsService service, ServiceRequest request) {
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

  private static Answer harness(ServiceResponse response) {
    return new Answer(RequestObserver.HARNESS, response);
  }

  /** A response and the name of the service that gave it. */
  private record Answer(String service, ServiceResponse response) {}

  private static ServiceResponse internalError(AwsService service, Throwable e) {
    return ServiceResponse.json(
        500,
        ErrorJson.of(
            "InternalServerError",
            "Hangar's " + service.name() + " fake failed unexpectedly: " + e));
  }
}
