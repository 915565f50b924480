package dev.hangar.harness.internal.eventsource;

import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.FunctionNotFoundException;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.harness.lambda.LambdaServiceException;
import dev.hangar.harness.lambda.StreamDelivery;
import dev.hangar.harness.spi.StreamRecordSource;
import dev.hangar.harness.spi.StreamRegistration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hangar's implementation of {@link EventSources}: the mappings of one harness and the one
 * delivery loop that runs them. Only one thread delivers at a time; a thread that reports records
 * while another delivers leaves them to it, so a function that writes to a stream while it is
 * being invoked by a delivery never waits for that delivery.
 */
public final class EventSourceEngine implements EventSources {

  private final Lambda functions;
  private final HarnessClock clock;
  private final Supplier<String> ids;
  private final String functionArnPrefix;
  private final StreamSources sources = new StreamSources(this::recordsAppended);
  private final Map<String, MappingRuntime> mappings = new LinkedHashMap<>();
  private final List<StreamDelivery> deliveries = new ArrayList<>();
  private final Map<String, List<String>> destinations = new LinkedHashMap<>();
  private final ReentrantLock delivering = new ReentrantLock();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile DeliveryMode mode = DeliveryMode.ON_DRAIN;
  private int invocationsThisRun;
  private volatile int invocationLimit = 10_000;

  /**
   * An engine for a harness.
   *
   * @param functions the harness's functions
   * @param clock the harness clock (record ages, timestamps)
   * @param ids the harness's id source (mapping UUIDs)
   * @param region the harness's region
   * @param accountId the harness's account
   */
  public EventSourceEngine(
      Lambda functions, HarnessClock clock, Supplier<String> ids, String region, String accountId) {
    this.functions = functions;
    this.clock = clock;
    this.ids = ids;
    this.functionArnPrefix = "arn:aws:lambda:" + region + ":" + accountId + ":function:";
  }

  /**
   * Registers a stream, for {@code HarnessContext.registerStreamSource}.
   *
   * @param source the stream
   * @return its registration
   */
  public StreamRegistration register(StreamRecordSource source) {
    return sources.register(source);
  }

  @Override
  public String create(EventSourceMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    FunctionDefinition function =
        functions
            .function(mapping.functionName())
            .orElseThrow(() -> new FunctionNotFoundException(arnOf(mapping.functionName())));
    StreamRecordSource source = sources.get(mapping.eventSourceArn());
    if (source == null) {
      throw new LambdaServiceException(
          "InvalidParameterValueException",
          400,
          "Cannot access stream " + mapping.eventSourceArn() + ". Please ensure the role can"
              + " perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams"
              + " Actions on your stream in IAM.",
          "");
    }
    String uuid = ids.get();
    MappingRuntime runtime =
        new MappingRuntime(
            this, uuid, mapping, function.name(), functionArnPrefix + function.name(), source);
    synchronized (mappings) {
      mappings.put(uuid, runtime);
    }
    return uuid;
  }

  @Override
  public Map<String, EventSourceMapping> mappings() {
    Map<String, EventSourceMapping> out = new LinkedHashMap<>();
    synchronized (mappings) {
      mappings.forEach((uuid, runtime) -> out.put(uuid, runtime.current()));
    }
    return out;
  }

  @Override
  public Optional<EventSourceMapping> mapping(String uuid) {
    synchronized (mappings) {
      return Optional.ofNullable(mappings.get(uuid)).map(MappingRuntime::current);
    }
  }

  @Override
  public void setEnabled(String uuid, boolean enabled) {
    require(uuid).setEnabled(enabled);
  }

  @Override
  public void delete(String uuid) {
    require(uuid);
    synchronized (mappings) {
      mappings.remove(uuid);
    }
  }

  private MappingRuntime require(String uuid) {
    synchronized (mappings) {
      MappingRuntime runtime = mappings.get(uuid);
      if (runtime == null) {
        throw new LambdaServiceException(
            "ResourceNotFoundException",
            404,
            "The resource you requested does not exist.",
            "");
      }
      return runtime;
    }
  }

  @Override
  public void drain() {
    if (delivering.isHeldByCurrentThread()) {
      // A drain from inside a delivery on this thread: the running loop picks the records up.
      pending.set(true);
      return;
    }
    delivering.lock();
    try {
      snapshot().forEach(MappingRuntime::unpark);
      deliverUntilQuiet();
    } finally {
      delivering.unlock();
    }
    deliverPending();
  }

  /** A stream reported records: deliver them now when delivering on append. */
  private void recordsAppended(String arn) {
    if (mode == DeliveryMode.ON_APPEND) {
      pending.set(true);
      deliverPending();
    }
  }

  /** Delivers while someone asked for it and no other thread is already delivering. */
  private void deliverPending() {
    while (pending.get() && delivering.tryLock()) {
      try {
        pending.set(false);
        deliverUntilQuiet();
      } finally {
        delivering.unlock();
      }
    }
  }

  private void deliverUntilQuiet() {
    invocationsThisRun = 0;
    boolean changed;
    do {
      changed = false;
      pending.set(false);
      for (MappingRuntime mapping : snapshot()) {
        StreamRecordSource source = sources.get(mapping.definition().eventSourceArn());
        if (mapping.enabled() && source != null && mapping.deliver(source)) {
          changed = true;
        }
      }
    } while (changed || pending.get());
  }

  void countInvocation() {
    if (++invocationsThisRun > invocationLimit) {
      throw new IllegalStateException(
          "More than " + invocationLimit + " stream-triggered invocations in one"
              + " delivery: a function seems to write to the stream that triggers it (an endless"
              + " loop that Lambda would run too). Break the loop or filter the records it writes,"
              + " or raise EventSources.maximumInvocationsPerDrain if the work is legitimate.");
    }
  }

  @Override
  public void maximumInvocationsPerDrain(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("The invocation limit per drain is at least 1, got " + limit);
    }
    this.invocationLimit = limit;
  }

  private List<MappingRuntime> snapshot() {
    synchronized (mappings) {
      return List.copyOf(mappings.values());
    }
  }

  @Override
  public void deliveryMode(DeliveryMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  public DeliveryMode deliveryMode() {
    return mode;
  }

  @Override
  public List<StreamDelivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  @Override
  public List<String> onFailureRecords(String destinationArn) {
    synchronized (destinations) {
      return List.copyOf(destinations.getOrDefault(destinationArn, List.of()));
    }
  }

  @Override
  public void clearRecords() {
    synchronized (deliveries) {
      deliveries.clear();
    }
    synchronized (destinations) {
      destinations.clear();
    }
  }

  Lambda functions() {
    return functions;
  }

  Instant now() {
    return clock.now();
  }

  String newId() {
    return ids.get();
  }

  void log(StreamDelivery delivery) {
    synchronized (deliveries) {
      deliveries.add(delivery);
    }
  }

  void sendToDestination(String destinationArn, String record) {
    synchronized (destinations) {
      destinations.computeIfAbsent(destinationArn, k -> new ArrayList<>()).add(record);
    }
  }

  private String arnOf(String nameOrArn) {
    return nameOrArn.startsWith("arn:") ? nameOrArn : functionArnPrefix + nameOrArn;
  }
}
