package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.spi.StreamRecord;
import java.io.IOException;
import java.util.List;

/**
 * Reads a function's partial batch response ({@code {"batchItemFailures": [{"itemIdentifier":
 * "<SequenceNumber>"}]}}) as Lambda does for streams (AWS documentation: "Configuring partial
 * batch response with DynamoDB and Lambda"): a null or empty response or list is a complete
 * success; an empty, null or unknown {@code itemIdentifier} is a complete failure; otherwise the
 * record with the lowest sequence number among the failures is where the batch resumes.
 */
final class BatchResponse {
  /** The whole batch succeeded. */
  static final int SUCCESS = -1;
  /** Lambda treats the response as a complete failure. */
  static final int INVALID = -2;

  private BatchResponse() {}

  /**
   * Where the batch resumes.
   *
   * @param payload the function's result JSON
   * @param records the batch, in order
   * @return the index of the first failed record, {@link #SUCCESS} or {@link #INVALID}
   */
  static int resumeIndex(byte[] payload, List<StreamRecord> records) {
    JsonNode response;
    try {
      response = payload.length == 0 ? null : RecordJson.MAPPER.readTree(payload);
    } catch (IOException e) {
      return INVALID;
    }
    if (response == null || response.isNull() || response.isMissingNode()) {
      return SUCCESS;
    }
    if (!response.isObject()) {
      return INVALID;
    }
    JsonNode failures = response.get("batchItemFailures");
    if (failures == null || failures.isNull()) {
      return SUCCESS;
    }
    if (!failures.isArray()) {
      return INVALID;
    }
    int lowest = Integer.MAX_VALUE;
    for (JsonNode failure : failures) {
      int index = indexOf(failure.get("itemIdentifier"), records);
      if (index < 0) {
        return INVALID;
      }
      lowest = Math.min(lowest, index);
    }
    return lowest == Integer.MAX_VALUE ? SUCCESS : lowest;
  }

  private static int indexOf(JsonNode identifier, List<StreamRecord> records) {
    if (identifier == null || !identifier.isTextual() || identifier.textValue().isEmpty()) {
      return -1;
    }
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).sequenceNumber().equals(identifier.textValue())) {
        return i;
      }
    }
    return -1;
  }
}
