package dev.hangar.harness.internal.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.internal.eventsource.EventSourceEngine;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.harness.lambda.AsyncFailure;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.FunctionErrorException;
import dev.hangar.harness.lambda.FunctionNotFoundException;
import dev.hangar.harness.lambda.InvocationRecord;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.harness.lambda.LambdaServiceException;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.harness.spi.StreamRecordSource;
import dev.hangar.harness.spi.StreamRegistration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The function registry of one harness: Hangar's implementation of {@link Lambda}. */
public final class FunctionRegistry implements Lambda, AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_PAYLOAD = 6 * 1024 * 1024;

  private final RuntimeSettings settings;
  private final Map<String, FunctionRuntime> functions = new LinkedHashMap<>();
  private final List<InvocationRecord> records = new ArrayList<>();
  private final Map<String, List<String>> logs = new LinkedHashMap<>();
  private final AsyncInvoker async;
  private final EventSourceEngine eventSources;

  /**
   * A registry for a harness.
   *
   * @param region the harness's region
   * @param accountId the harness's account
   * @param clock the harness clock (timestamps, asynchronous retries)
   * @param nanoTime the monotonic source for durations and timeouts
   * @param ids the harness's id source
   * @param threadSetup runs first on every execution environment's thread (binds the harness to
   *     it, so unconfigured SDK clients in handlers reach this harness)
   */
  public FunctionRegistry(
      String region,
      String accountId,
      HarnessClock clock,
      LongSupplier nanoTime,
      Supplier<String> ids,
      Runnable threadSetup) {
    this.settings = new RuntimeSettings(region, accountId, clock, nanoTime, ids, threadSetup);
    this.async = new AsyncInvoker(this, clock);
    this.eventSources = new EventSourceEngine(this, clock, ids, region, accountId);
  }

  @Override
  public String register(FunctionDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    ReservedVariables.check(definition);
    synchronized (functions) {
      if (functions.containsKey(definition.name())) {
        throw new IllegalArgumentException(
            "Function already exist: " + definition.name());
      }
      FunctionRuntime runtime = new FunctionRuntime(definition, settings);
      functions.put(definition.name(), runtime);
      return runtime.arn;
    }
  }

  @Override
  public Optional<FunctionDefinition> function(String name) {
    return find(name).map(runtime -> runtime.definition);
  }

  @Override
  public List<FunctionDefinition> functions() {
    synchronized (functions) {
      return functions.values().stream().map(runtime -> runtime.definition).toList();
    }
  }

  @Override
  public boolean exists(String functionName) {
    return find(functionName).isPresent();
  }

  @Override
  public InvokeOutcome invoke(String functionName, byte[] payload) {
    return outcome(invokeRaw(functionName, payload, "RequestResponse", null));
  }

  @Override
  public InvokeOutcome invokeJson(String name, String json) {
    Objects.requireNonNull(json, "json");
    return invoke(name, json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public <R> R invoke(String name, Object event, Class<R> responseType) {
    Objects.requireNonNull(responseType, "responseType");
    byte[] payload = event == null ? "null".getBytes(StandardCharsets.UTF_8) : serialize(event);
    FunctionRuntime.Result result = invokeRaw(name, payload, "RequestResponse", null);
    if (result.record().failed()) {
      throw failure(result.record());
    }
    EventSerializers serializers = serializersFor(responseType);
    return responseType.cast(
        serializers.forType(responseType).fromJson(new ByteArrayInputStream(result.payload())));
  }

  @Override
  public String invokeAsync(String name, String json) {
    Objects.requireNonNull(json, "json");
    byte[] payload = json.getBytes(StandardCharsets.UTF_8);
    FunctionRuntime runtime = require(name);
    validatePayload(payload);
    String requestId = settings.ids().get();
    async.enqueue(runtime.definition.name(), runtime.arn, requestId, payload);
    return requestId;
  }

  @Override
  public void dryRun(String name) {
    require(name);
  }

  @Override
  public void awaitAsyncIdle(Duration limit) {
    async.awaitIdle(limit);
  }

  @Override
  public List<AsyncFailure> asyncFailures(String name) {
    return async.failures(name);
  }

  @Override
  public List<InvocationRecord> invocations() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  @Override
  public List<InvocationRecord> invocations(String name) {
    synchronized (records) {
      return records.stream().filter(r -> r.functionName().equals(name)).toList();
    }
  }

  @Override
  public List<String> log(String name) {
    synchronized (records) {
      return List.copyOf(logs.getOrDefault(name, List.of()));
    }
  }

  @Override
  public void clearRecords() {
    synchronized (records) {
      records.clear();
      logs.clear();
    }
  }

  @Override
  public void resetEnvironments() {
    synchronized (functions) {
      functions.values().forEach(FunctionRuntime::reset);
    }
  }

  @Override
  public EventSources eventSources() {
    return eventSources;
  }

  /**
   * Registers a stream that event source mappings read, for {@code
   * HarnessContext.registerStreamSource}.
   *
   * @param source the stream
   * @return its registration
   */
  public StreamRegistration registerStreamSource(StreamRecordSource source) {
    return eventSources.register(source);
  }

  /** Stops the asynchronous worker and every environment. */
  @Override
  public void close() {
    async.close();
    resetEnvironments();
  }

  /**
   * The unqualified ARN a name or ARN stands for, whether or not the function exists.
   *
   * @param nameOrArn a function name, partial ARN or ARN
   * @return the unqualified ARN, never null
   */
  public String arnOf(String nameOrArn) {
    return settings.functionArn(nameOf(nameOrArn));
  }

  /**
   * Runs one synchronous invocation and records it.
   *
   * @param name the function name or ARN
   * @param payload the event JSON
   * @param invocationType {@code RequestResponse} or {@code Event}
   * @param clientContext the decoded client context JSON, or null
   * @return the result
   */
  FunctionRuntime.Result invokeRaw(
      String name, byte[] payload, String invocationType, String clientContext) {
    Objects.requireNonNull(payload, "payload");
    AbandonedInvocations.checkCurrentThread();
    FunctionRuntime runtime = require(name);
    validatePayload(payload);
    FunctionRuntime.Result result =
        runtime.invoke(settings.ids().get(), payload, invocationType, ClientContexts.parse(clientContext));
    synchronized (records) {
      records.add(result.record());
      logs.computeIfAbsent(runtime.definition.name(), k -> new ArrayList<>())
          .addAll(result.record().logLines());
    }
    return result;
  }

  /**
   * Invokes for the Lambda API: the whole result, for its headers.
   *
   * @param name the function name or ARN
   * @param payload the event JSON
   * @param clientContext the decoded client context JSON, or null
   * @return the outcome, never null
   */
  public InvokeOutcome invokeForApi(String name, byte[] payload, String clientContext) {
    return outcome(invokeRaw(name, payload, "RequestResponse", clientContext));
  }

  private static InvokeOutcome outcome(FunctionRuntime.Result result) {
    return new InvokeOutcome(
        result.record().requestId(), result.payload(), result.record().functionError(), result.logTail());
  }

  private FunctionRuntime require(String name) {
    Objects.requireNonNull(name, "name");
    return find(name).orElseThrow(() -> new FunctionNotFoundException(arnOf(name)));
  }

  List<FunctionRuntime> runtimes() {
    synchronized (functions) {
      return List.copyOf(functions.values());
    }
  }

  Optional<FunctionRuntime> find(String nameOrArn) {
    if (nameOrArn == null) {
      return Optional.empty();
    }
    if (nameOrArn.indexOf(':') < 0) {
      synchronized (functions) {
        return Optional.ofNullable(functions.get(nameOrArn));
      }
    }
    String qualifier = qualifierOf(nameOrArn);
    if (qualifier != null && !qualifier.equals("$LATEST")) {
      return Optional.empty();
    }
    synchronized (functions) {
      return Optional.ofNullable(functions.get(nameOf(nameOrArn)));
    }
  }

  /** {@code name}, {@code name:qualifier}, {@code account:function:name} or a full ARN. */
  static String nameOf(String reference) {
    String[] parts = reference.split(":", -1);
    if (reference.startsWith("arn:") && parts.length >= 7) {
      return parts[6];
    }
    if (parts.length >= 3 && parts[1].equals("function")) {
      return parts[2];
    }
    return parts[0];
  }

  private static String qualifierOf(String reference) {
    String[] parts = reference.split(":", -1);
    if (reference.startsWith("arn:")) {
      return parts.length >= 8 ? parts[7] : null;
    }
    if (parts.length >= 3 && parts[1].equals("function")) {
      return parts.length >= 4 ? parts[3] : null;
    }
    return parts.length == 2 ? parts[1] : null;
  }

  /** Lambda's checks on an Invoke payload: at most 6 MB, and JSON. */
  static void validatePayload(byte[] payload) {
    if (payload.length > MAX_PAYLOAD) {
      throw new LambdaServiceException(
          "RequestTooLargeException",
          413,
          "Request must be smaller than " + MAX_PAYLOAD + " bytes for the InvokeFunction operation",
          "");
    }
    if (payload.length == 0) {
      return;
    }
    try (JsonParser parser = JSON.createParser(payload)) {
      while (parser.nextToken() != null) {
        // Reading every token is the validation.
      }
    } catch (JsonProcessingException e) {
      throw new LambdaServiceException(
          "InvalidRequestContentException",
          400,
          "Could not parse request body into json: Could not parse payload into json: "
              + e.getOriginalMessage(),
          "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] serialize(Object event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    serializersFor(event.getClass()).forType(event.getClass()).toJson(event, out);
    return out.toByteArray();
  }

  private static EventSerializers serializersFor(Class<?> type) {
    return LambdaJson.forClass(type);
  }

  private static FunctionErrorException failure(InvocationRecord record) {
    String type = "";
    String message = record.responsePayload();
    try {
      JsonNode node = MAPPER.readTree(record.responsePayload());
      type = node.path("errorType").asText("");
      message = node.path("errorMessage").asText(message);
    } catch (IOException e) {
      // A payload that is not the runtime's error JSON is reported whole.
    }
    return new FunctionErrorException(record.requestId(), type, message, record.responsePayload());
  }
}
