package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.spi.StreamRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The invocation record Lambda sends to an on-failure destination for a discarded stream batch
 * (AWS documentation: "Retaining discarded records for a DynamoDB event source in Lambda"): the
 * batch's position in the shard, not its records.
 */
final class DiscardRecord {
  static final String RETRIES_EXHAUSTED = "RetryAttemptsExhausted";
  static final String RECORD_AGE_EXCEEDED = "RecordAgeExceeded";

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private DiscardRecord() {}

  static String json(
      Batch batch,
      List<StreamRecord> discarded,
      String condition,
      String functionArn,
      String requestId,
      String shardId,
      String streamArn,
      Instant now) {
    ObjectNode root = RecordJson.MAPPER.createObjectNode();
    ObjectNode request = root.putObject("requestContext");
    request.put("requestId", requestId);
    request.put("functionArn", functionArn);
    request.put("condition", condition);
    request.put("approximateInvokeCount", batch.invocations);
    if (batch.invocations > 0) {
      ObjectNode response = root.putObject("responseContext");
      response.put("statusCode", 200);
      response.put("executedVersion", "$LATEST");
      if (batch.lastFunctionError) {
        response.put("functionError", "Unhandled");
      }
    }
    root.put("version", "1.0");
    root.put("timestamp", MILLIS.format(now));
    ObjectNode info = root.putObject("DDBStreamBatchInfo");
    info.put("shardId", shardId);
    info.put("startSequenceNumber", discarded.get(0).sequenceNumber());
    info.put("endSequenceNumber", discarded.get(discarded.size() - 1).sequenceNumber());
    info.put("approximateArrivalOfFirstRecord", seconds(discarded.get(0).approximateArrivalTime()));
    info.put(
        "approximateArrivalOfLastRecord",
        seconds(discarded.get(discarded.size() - 1).approximateArrivalTime()));
    info.put("batchSize", discarded.size());
    info.put("streamArn", streamArn);
    return root.toString();
  }

  private static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
