package dev.hangar.harness.internal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** A resolved handler in the one shape the runtime calls every handler in: bytes in, bytes out. */
@FunctionalInterface
interface StreamHandler {
  void handle(InputStream input, OutputStream output, Context context) throws Throwable;
}
