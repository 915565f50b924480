package dev.hangar.harness.internal;

import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;

/** Answers requests for one harness; the transport and the loopback endpoint both call it. */
@FunctionalInterface
public interface Dispatcher {
  /**
   * Answers a request; never throws.
   *
   * @param request the request
   * @return the response
   */
  ServiceResponse dispatch(ServiceRequest request);
}
