package dev.hangar.harness.internal.eventsource;

import dev.hangar.harness.spi.StreamRecord;
import java.util.List;

/**
 * Records of one shard delivered together, with what their attempts so far left behind: how
 * often they were retried and invoked, and the last invocation's request id and error.
 */
final class Batch {
  final List<StreamRecord> records;
  /** Where the checkpoint moves once the batch is done: past filtered records that trail it. */
  final String endSequenceNumber;
  int retries;
  int invocations;
  String lastRequestId;
  boolean lastFunctionError;

  Batch(List<StreamRecord> records, String endSequenceNumber, int retries) {
    this.records = List.copyOf(records);
    this.endSequenceNumber = endSequenceNumber;
    this.retries = retries;
  }

  /** The records from {@code from} on, keeping the retry count: what is left to deliver. */
  Batch remainder(int from) {
    Batch rest = new Batch(records.subList(from, records.size()), endSequenceNumber, retries);
    rest.invocations = invocations;
    rest.lastRequestId = lastRequestId;
    rest.lastFunctionError = lastFunctionError;
    return rest;
  }

  /** The first half; the second is {@link #secondHalf()}. Splitting does not count a retry. */
  Batch firstHalf() {
    List<StreamRecord> half = records.subList(0, records.size() / 2);
    return new Batch(half, half.get(half.size() - 1).sequenceNumber(), retries);
  }

  Batch secondHalf() {
    return new Batch(records.subList(records.size() / 2, records.size()), endSequenceNumber, retries);
  }

  List<String> sequenceNumbers() {
    return records.stream().map(StreamRecord::sequenceNumber).toList();
  }
}
