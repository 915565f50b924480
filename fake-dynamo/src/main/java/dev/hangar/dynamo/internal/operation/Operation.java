package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** One DynamoDB API operation: reads its request, changes state, writes its response. */
@FunctionalInterface
public interface Operation {
  /**
   * Runs the operation. Throws {@code DynamoException} for every error DynamoDB reports; the
   * response written so far is then discarded.
   *
   * @param request the request body
   * @param out where the response body goes
   * @throws IOException from the generator
   */
  void run(ObjectNode request, JsonGenerator out) throws IOException;
}
