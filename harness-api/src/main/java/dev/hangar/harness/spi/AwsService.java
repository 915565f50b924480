package dev.hangar.harness.spi;

/**
 * A fake AWS service that plugs into a {@code Harness}: it answers the HTTP requests that the AWS
 * SDK sends to the real service, with the real service's JSON shapes, limits and errors.
 *
 * <p>A harness offers every request to its services in registration order and gives it to the
 * first whose {@link #handles(ServiceRequest)} is true; so a service recognises its requests by
 * what the AWS protocol puts in them (the {@code X-Amz-Target} header of JSON protocols, the path
 * of REST protocols), not by host, which the user chooses.
 *
 * <p>Implementations must be safe for concurrent use: the transport calls {@link
 * #handle(ServiceRequest)} from whatever thread the SDK client runs on.
 *
 * @since 0.1.0
 */
public interface AwsService {

  /**
   * A short name for messages, for example {@code dynamodb}.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Called once when the service is added to a harness, before any request arrives.
   *
   * @param context what the harness offers its services; never null
   */
  default void attach(HarnessContext context) {}

  /**
   * Whether this service answers the request.
   *
   * @param request the request; never null
   * @return true when {@link #handle(ServiceRequest)} should be called with it
   */
  boolean handles(ServiceRequest request);

  /**
   * Answers one request. Must not throw for bad input: a request the real service would reject
   * gets the real service's error response.
   *
   * @param request the request; never null
   * @return the response, never null
   */
  ServiceResponse handle(ServiceRequest request);

  /** Called once when the harness closes; releases whatever the service holds. */
  default void close() {}
}
