package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.lambda.StreamDelivery.Outcome;
import dev.hangar.harness.spi.StreamRecord;
import dev.hangar.harness.spi.StreamRecordSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lambda's poller for one shard of one mapping: reads a batch after the checkpoint, drops the
 * records no filter matches, delivers the rest, and on failure retries, splits or discards the
 * batch, the shard waiting meanwhile (AWS documentation: "How Lambda processes records from
 * DynamoDB Streams", "Retaining discarded records for a DynamoDB event source in Lambda").
 */
final class ShardCursor {
  /** Lambda's payload limit for synchronous invocation; a batch stops growing before it. */
  private static final int MAX_PAYLOAD = 6 * 1024 * 1024;
  private static final int ENVELOPE = "{\"Records\":[]}".length();

  private final MappingRuntime mapping;
  private final String shardId;
  private final Deque<Batch> batches = new ArrayDeque<>();
  private String checkpoint;
  private boolean parked;

  ShardCursor(MappingRuntime mapping, String shardId, String checkpoint) {
    this.mapping = mapping;
    this.shardId = shardId;
    this.checkpoint = checkpoint;
  }

  /** Lets a batch that waits for the next drain be attempted again. */
  void unpark() {
    parked = false;
  }

  /**
   * Takes one step: assembles a batch, discards expired records, or makes one attempt.
   *
   * @return whether anything changed; false when the shard has caught up or waits for the next
   *     drain
   */
  boolean step(StreamRecordSource source) {
    if (parked) {
      return false;
    }
    if (batches.isEmpty() && !assemble(source)) {
      return false;
    }
    Batch batch = batches.peekFirst();
    if (batch == null) {
      return true;
    }
    if (discardExpired(batch, source)) {
      return true;
    }
    attempt(batch);
    return true;
  }

  /** Reads the next batch; false when there is nothing new. */
  private boolean assemble(StreamRecordSource source) {
    int size = mapping.definition().batchSize();
    List<StreamRecord> read = source.read(shardId, checkpoint, size);
    if (read.isEmpty()) {
      return false;
    }
    List<StreamRecord> matched = new ArrayList<>();
    List<String> filtered = new ArrayList<>();
    int bytes = ENVELOPE;
    String end = checkpoint;
    while (!read.isEmpty() && matched.size() < size) {
      for (StreamRecord record : read) {
        if (matched.size() == size) {
          break;
        }
        if (!mapping.filters().matches(parse(record))) {
          filtered.add(record.sequenceNumber());
          end = record.sequenceNumber();
          continue;
        }
        bytes += record.sizeInBytes() + 1;
        if (!matched.isEmpty() && bytes > MAX_PAYLOAD) {
          read = List.of();
          break;
        }
        matched.add(record);
        end = record.sequenceNumber();
      }
      if (!read.isEmpty() && matched.size() < size) {
        read = source.read(shardId, end, size - matched.size());
      }
    }
    if (!filtered.isEmpty()) {
      mapping.log(shardId, filtered, Outcome.FILTERED_OUT, "");
    }
    if (matched.isEmpty()) {
      checkpoint = end;
    } else {
      batches.addLast(new Batch(matched, end, 0));
    }
    return true;
  }

  private JsonNode parse(StreamRecord record) {
    return mapping.filters().isEmpty() ? null : RecordJson.read(record.json());
  }

  /**
   * Discards the records at the head of the batch that are older than the mapping's maximum
   * record age, or than the stream's retention when the mapping keeps records forever.
   */
  private boolean discardExpired(Batch batch, StreamRecordSource source) {
    Duration limit = source.retention();
    int maxAge = mapping.definition().maximumRecordAgeInSeconds();
    if (maxAge >= 0 && Duration.ofSeconds(maxAge).compareTo(limit) < 0) {
      limit = Duration.ofSeconds(maxAge);
    }
    Instant now = mapping.now();
    int expired = 0;
    while (expired < batch.records.size()
        && now.isAfter(batch.records.get(expired).approximateArrivalTime().plus(limit))) {
      expired++;
    }
    if (expired == 0) {
      return false;
    }
    List<StreamRecord> gone = batch.records.subList(0, expired);
    discard(batch, gone, DiscardRecord.RECORD_AGE_EXCEEDED, Outcome.DISCARDED_RECORD_AGE_EXCEEDED);
    batches.pollFirst();
    if (expired < batch.records.size()) {
      batches.addFirst(batch.remainder(expired));
      checkpoint = gone.get(gone.size() - 1).sequenceNumber();
    } else {
      checkpoint = batch.endSequenceNumber;
    }
    return true;
  }

  private void attempt(Batch batch) {
    MappingRuntime.Result result = mapping.invoke(batch.records);
    if (result.throttled()) {
      // Lambda retries a batch it could not deliver until the records expire; no attempt counts.
      mapping.log(shardId, batch.sequenceNumbers(), Outcome.THROTTLED, "");
      parked = true;
      return;
    }
    batch.invocations++;
    batch.lastRequestId = result.requestId();
    batch.lastFunctionError = result.functionError();
    if (result.functionError()) {
      mapping.log(shardId, batch.sequenceNumbers(), Outcome.FUNCTION_ERROR, result.requestId());
      failed(batch, true);
      return;
    }
    int resume =
        mapping.definition().reportBatchItemFailures()
            ? BatchResponse.resumeIndex(result.payload(), batch.records)
            : BatchResponse.SUCCESS;
    if (resume == BatchResponse.SUCCESS) {
      mapping.log(shardId, batch.sequenceNumbers(), Outcome.SUCCEEDED, result.requestId());
      batches.pollFirst();
      checkpoint = batch.endSequenceNumber;
    } else if (resume == BatchResponse.INVALID) {
      mapping.log(shardId, batch.sequenceNumbers(), Outcome.INVALID_RESPONSE, result.requestId());
      failed(batch, true);
    } else {
      mapping.log(shardId, batch.sequenceNumbers(), Outcome.PARTIAL_FAILURE, result.requestId());
      partiallyFailed(batch, resume);
    }
  }

  /** The records before the lowest failed one are done; the rest are retried on their own. */
  private void partiallyFailed(Batch batch, int resume) {
    batches.pollFirst();
    Batch rest = batch;
    if (resume > 0) {
      checkpoint = batch.records.get(resume - 1).sequenceNumber();
      rest = batch.remainder(resume);
    }
    batches.addFirst(rest);
    failed(rest, false);
  }

  /**
   * After a failed attempt: split the batch when asked to (which costs no retry), or count a
   * retry, discarding the batch once the retries are used up.
   */
  private void failed(Batch batch, boolean mayBisect) {
    if (mayBisect && mapping.definition().bisectBatchOnFunctionError() && batch.records.size() > 1) {
      batches.pollFirst();
      batches.addFirst(batch.secondHalf());
      batches.addFirst(batch.firstHalf());
      return;
    }
    batch.retries++;
    int max = mapping.definition().maximumRetryAttempts();
    if (max < 0) {
      // Lambda retries until the records expire; here the next attempt waits for the next drain.
      parked = true;
      return;
    }
    if (batch.retries > max) {
      discard(batch, batch.records, DiscardRecord.RETRIES_EXHAUSTED, Outcome.DISCARDED_RETRIES_EXHAUSTED);
      batches.pollFirst();
      checkpoint = batch.endSequenceNumber;
    }
  }

  private void discard(Batch batch, List<StreamRecord> records, String condition, Outcome outcome) {
    List<String> numbers = records.stream().map(StreamRecord::sequenceNumber).toList();
    mapping.log(shardId, numbers, outcome, batch.lastRequestId == null ? "" : batch.lastRequestId);
    mapping.discarded(batch, records, condition, shardId);
  }
}
