package dev.hangar.harness;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.HostRoutes;
import dev.hangar.harness.internal.ServiceDispatcher;
import dev.hangar.harness.internal.lambda.AbandonedInvocations;
import dev.hangar.harness.internal.lambda.FunctionRegistry;
import dev.hangar.harness.internal.lambda.LambdaApi;
import dev.hangar.harness.internal.loopback.LoopbackServer;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.RequestObserver;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import dev.hangar.harness.spi.StreamRecordSource;
import dev.hangar.harness.spi.StreamRegistration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One fake AWS cloud in this JVM: a set of fake services (DynamoDB, API Gateway, ...) that share a
 * region, an account, a clock and the Lambda functions registered with them.
 *
 * <p>Each harness owns its state; two harnesses never see each other's data. An SDK client reaches
 * a harness through Hangar's in-process transport when its endpoint is {@link #endpoint()}, or
 * over real HTTP when its endpoint is a {@link LoopbackEndpoint}. After {@link #activate()}, a
 * client built with no configuration at all ({@code DynamoDbClient.create()}) reaches it too.
 *
 * <pre>{@code
 * try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
 *     Harness.Activation active = harness.activate()) {
 *   DynamoDbClient client = DynamoDbClient.create(); // talks to the fake
 * }
 * }</pre>
 *
 * <p>Instances are safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class Harness implements AutoCloseable {
  /** The suffix of every harness's in-process host; such hosts never resolve to a real machine. */
  public static final String HOST_SUFFIX = ".hangar.localhost";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private final String id;
  private final String region;
  private final String accountId;
  private final HarnessClock clock;
  private final List<AwsService> services;
  private final ServiceDispatcher serviceDispatcher;
  private final Dispatcher dispatcher;
  private final List<String> hosts = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
  private final Random ids;
  private final FunctionRegistry lambda;
  private final FunctionInvoker functions;
  private volatile boolean closed;

  private Harness(Builder builder) {
    this.id = "hangar-" + SEQUENCE.incrementAndGet();
    this.region = builder.region;
    this.accountId = builder.accountId;
    this.clock = builder.clock != null ? builder.clock : HarnessClock.system();
    this.ids = new Random(builder.seed);
    HarnessContext context = new Context();
    this.lambda =
        new FunctionRegistry(
            region,
            accountId,
            clock,
            System::nanoTime,
            context::newId,
            // The environment's thread serves only this harness, so it stays bound for its life.
            this::bindEnvironmentThread);
    this.functions = builder.functions != null ? builder.functions : lambda;
    List<AwsService> all = new ArrayList<>(builder.services);
    // Lambda's API comes last, so a user's fake that claims the same paths keeps them.
    all.add(new LambdaApi(lambda));
    this.services = List.copyOf(all);
    // A timed-out invocation's thread may carry on; it must not reach the harness any more.
    this.serviceDispatcher = new ServiceDispatcher(id, services, builder.observers);
    this.dispatcher = AbandonedInvocations.guard(serviceDispatcher);
    routeHost(id + HOST_SUFFIX);
    try {
      for (AwsService service : services) {
        service.attach(context);
      }
    } catch (RuntimeException | Error e) {
      // A harness that was never returned must not keep its hosts: a later one could not claim them.
      close();
      throw e;
    }
  }

  /**
   * A builder with the defaults: region {@code us-east-1}, account {@code 000000000000}, a clock
   * that follows the system clock, no services.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Selects Hangar's HTTP client for the AWS SDK in this JVM, without activating any harness.
   *
   * <p>The SDK chooses its HTTP client once, when the first SDK client of the JVM is built. Call
   * this before that (the JUnit extension does it when the test run starts). Requests for hosts
   * that belong to no harness still go to the HTTP client the SDK would otherwise have used, so
   * code that talks to real AWS keeps working.
   */
  public static void selectTransport() {
    SystemProperties.selectHangarHttpServices();
  }

  /**
   * The endpoint that reaches this harness through the in-process transport, for {@code
   * endpointOverride}; for example {@code http://hangar-1.hangar.localhost}.
   *
   * @return the endpoint, never null
   */
  public URI endpoint() {
    return URI.create("http://" + id + HOST_SUFFIX);
  }

  /**
   * The region the harness pretends to be.
   *
   * @return the region, never null
   */
  public String region() {
    return region;
  }

  /**
   * The account id used in ARNs.
   *
   * @return the twelve-digit account id, never null
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The harness clock.
   *
   * @return the clock, never null
   */
  public HarnessClock clock() {
    return clock;
  }

  /**
   * The Lambda functions of this harness: register functions, invoke them, read their invocation
   * records and logs. The harness serves Lambda's API for them too, so a {@code LambdaClient}
   * reaches them.
   *
   * @return the function registry, never null
   */
  public Lambda lambda() {
    return lambda;
  }

  /**
   * The Lambda functions of this harness, as the fakes invoke them: {@link #lambda()}, unless the
   * builder was given another invoker.
   *
   * @return the invoker, never null
   */
  public FunctionInvoker functions() {
    return functions;
  }

  /**
   * The registered service of a type.
   *
   * @param type the service's class, for example {@code FakeDynamo.class}
   * @param <T> the service type
   * @return the service, never null
   * @throws IllegalArgumentException when no service of that type was registered
   */
  public <T extends AwsService> T service(Class<T> type) {
    for (AwsService service : services) {
      if (type.isInstance(service)) {
        return type.cast(service);
      }
    }
    throw new IllegalArgumentException(
        "No " + type.getSimpleName() + " is registered with this harness; add it with"
            + " Harness.builder().service(...)");
  }

  /**
   * Answers one request as the transport would, for code that has no SDK client at hand.
   *
   * @param request the request
   * @return the response, never null
   */
  public ServiceResponse handle(ServiceRequest request) {
    checkOpen();
    return dispatcher.dispatch(request);
  }

  /**
   * The endpoint that reaches, from each thread, the harness bound to that thread or else the most
   * recently activated one: what {@link #activate()} puts in {@code aws.endpointUrl}.
   *
   * @return {@code http://ambient.hangar.localhost}, never null
   */
  public static URI ambientEndpoint() {
    return URI.create("http://" + HostRoutes.AMBIENT_HOST);
  }

  /**
   * Makes SDK clients built with no configuration reach this harness: sets the system properties
   * for Hangar's HTTP client, region, credentials and the {@linkplain #ambientEndpoint() ambient
   * endpoint}, and makes this harness the ambient endpoint's default. Closing the activation puts
   * the previous values back.
   *
   * <p>The AWS SDK chooses its HTTP client once per JVM, when the first client is built; if a
   * client was built before Hangar's HTTP service was selected, plain clients keep the other HTTP
   * client and cannot reach the harness (explicitly configured clients still can). The JUnit
   * extension makes the choice before any test runs; elsewhere call {@link #selectTransport()}
   * first.
   *
   * <p>Activations nest: the latest open one is the default. For harnesses used at the same time
   * on different threads, also {@linkplain #bindToCurrentThread() bind} each to its threads.
   *
   * @return the activation, to be closed when the harness should stop being the default; never
   *     null
   */
  public Activation activate() {
    checkOpen();
    AutoCloseable properties = SystemProperties.activate(ambientEndpoint().toString(), region);
    HostRoutes.activate(dispatcher);
    return new Activation(
        () -> {
          HostRoutes.deactivate(dispatcher);
          properties.close();
        });
  }

  /**
   * Routes the ambient endpoint to this harness on the current thread and on the threads it
   * creates from now on, until the binding closes; this is how tests running in parallel each
   * reach their own harness through unconfigured clients.
   *
   * @return the binding, to be closed on the same thread; never null
   */
  public Binding bindToCurrentThread() {
    checkOpen();
    Thread owner = Thread.currentThread();
    return new Binding(owner, HostRoutes.bind(dispatcher));
  }

  /**
   * Serves this harness over HTTP on {@code 127.0.0.1}.
   *
   * @param port the port, or 0 for a free one
   * @return the running endpoint, closed with the harness at the latest; never null
   * @throws UncheckedIOException when the port cannot be bound
   */
  public LoopbackEndpoint serveOnLoopback(int port) {
    return serveOnLoopback(InetAddress.getLoopbackAddress(), port);
  }

  /**
   * Serves this harness over HTTP on a loopback address.
   *
   * @param address a loopback address such as {@code 127.0.0.1} or {@code ::1}
   * @param port the port, or 0 for a free one
   * @return the running endpoint, closed with the harness at the latest; never null
   * @throws IllegalArgumentException when the address is not a loopback address
   * @throws UncheckedIOException when the port cannot be bound
   */
  public LoopbackEndpoint serveOnLoopback(InetAddress address, int port) {
    checkOpen();
    Objects.requireNonNull(address, "address");
    try {
      LoopbackServer server = LoopbackServer.start(address, port, dispatcher);
      closeables.add(server);
      return new LoopbackEndpoint(server);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not serve Hangar on " + address.getHostAddress() + ":" + port + ": " + e, e);
    }
  }

  /** Stops routing to this harness, closes its loopback endpoints and its services. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (String host : hosts) {
      HostRoutes.remove(host, dispatcher);
    }
    HostRoutes.deactivate(dispatcher);
    serviceDispatcher.close();
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing is best effort: one failing endpoint must not keep the others open.
      }
    }
    for (AwsService service : services) {
      service.close();
    }
    lambda.close();
  }

  private void routeHost(String host) {
    HostRoutes.add(host, dispatcher);
    hosts.add(host);
  }

  private void bindEnvironmentThread() {
    HostRoutes.bind(dispatcher);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This harness (" + id + ") is closed");
    }
  }

  @Override
  public String toString() {
    return "Harness[" + id + ", " + region + ", services=" + names() + "]";
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (AwsService service : services) {
      names.add(service.name());
    }
    return names;
  }

  private final class Context implements HarnessContext {
    @Override
    public String region() {
      return region;
    }

    @Override
    public String accountId() {
      return accountId;
    }

    @Override
    public HarnessClock clock() {
      return clock;
    }

    @Override
    public FunctionInvoker functions() {
      return functions;
    }

    @Override
    public String newId() {
      synchronized (ids) {
        return new UUID(ids.nextLong(), ids.nextLong()).toString();
      }
    }

    @Override
    public void routeHost(String host) {
      Harness.this.routeHost(host);
    }

    @Override
    public StreamRegistration registerStreamSource(StreamRecordSource source) {
      return lambda.registerStreamSource(source);
    }

    @Override
    public void addObserver(RequestObserver observer) {
      serviceDispatcher.addObserver(Objects.requireNonNull(observer, "observer"));
    }
  }

  /**
   * The period during which a harness is what unconfigured SDK clients reach; closing it puts the
   * previous system properties back.
   *
   * @since 0.1.0
   */
  public static final class Activation implements AutoCloseable {
    private final AutoCloseable restore;
    private boolean closed;

    private Activation(AutoCloseable restore) {
      this.restore = restore;
    }

    /** Puts back the system properties as they were before the activation. */
    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        try {
          restore.close();
        } catch (Exception e) {
          throw new IllegalStateException("Could not restore system properties", e);
        }
      }
    }
  }

  /**
   * A harness bound to a thread as the ambient endpoint's target; closing it restores the thread's
   * earlier binding.
   *
   * @since 0.1.0
   */
  public static final class Binding implements AutoCloseable {
    private final Thread owner;
    private final Dispatcher previous;
    private boolean closed;

    private Binding(Thread owner, Dispatcher previous) {
      this.owner = owner;
      this.previous = previous;
    }

    /**
     * Restores the thread's earlier binding.
     *
     * @throws IllegalStateException when called on another thread than the one bound
     */
    @Override
    public void close() {
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException(
            "A harness binding must be closed on the thread that made it ("
                + owner.getName()
                + "), not on "
                + Thread.currentThread().getName());
      }
      if (!closed) {
        closed = true;
        HostRoutes.restore(previous);
      }
    }
  }

  /**
   * Configures a {@link Harness}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String region = "us-east-1";
    private String accountId = "000000000000";
    private HarnessClock clock;
    private long seed = 42L;
    private FunctionInvoker functions;
    private final List<AwsService> services = new ArrayList<>();
    private final List<RequestObserver> observers = new ArrayList<>();

    private Builder() {}

    /**
     * The region to pretend to be.
     *
     * @param region an AWS region name such as {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException when the name is not of a region's form
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException(
            "Not an AWS region name: '" + region + "' (expected a name such as us-east-1)");
      }
      this.region = region;
      return this;
    }

    /**
     * The account id used in ARNs.
     *
     * @param accountId twelve digits
     * @return this builder
     * @throws IllegalArgumentException when it is not twelve digits
     */
    public Builder accountId(String accountId) {
      Objects.requireNonNull(accountId, "accountId");
      if (!ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException(
            "An AWS account id is twelve digits, got '" + accountId + "'");
      }
      this.accountId = accountId;
      return this;
    }

    /**
     * The clock; by default one that follows the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(HarnessClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The seed of the source of request ids and other generated ids.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * A function invoker the services use instead of the harness's own {@link Harness#lambda()}
     * registry, for tests that stand in for Lambda entirely.
     *
     * @param functions the registry
     * @return this builder
     */
    public Builder functions(FunctionInvoker functions) {
      this.functions = Objects.requireNonNull(functions, "functions");
      return this;
    }

    /**
     * Adds a fake service. Services are offered each request in the order they were added.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(AwsService service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /**
     * Adds an observer that is shown every request the harness answers, with its response, on
     * whichever path it came: the harness's endpoint, the ambient endpoint from test threads and
     * from Lambda execution environments, the loopback endpoint, {@link Harness#handle}. Observers
     * are called in the order they were added, after the request was answered; see {@link
     * RequestObserver} for threads and failures.
     *
     * @param observer the observer
     * @return this builder
     */
    public Builder observer(RequestObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * Builds the harness and starts routing its endpoint to it.
     *
     * @return the harness, never null
     */
    public Harness build() {
      return new Harness(this);
    }
  }
}
