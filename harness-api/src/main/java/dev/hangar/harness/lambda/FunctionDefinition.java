package dev.hangar.harness.lambda;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A Lambda function as registered with a harness: its name, its handler and the configuration
 * Lambda runs it with (AWS documentation: "Configuring Lambda function options", "Working with
 * Lambda environment variables", "Configuring reserved concurrency").
 *
 * <p>The handler is given in one of three ways: a handler string as in a deployment ({@code
 * com.example.Handler::handleRequest} or {@code com.example.Handler}), a handler class (resolved
 * as the class-only handler string), or a ready instance, which every execution environment then
 * shares (so the test controls its state; cold starts still count, but no constructor runs).
 *
 * <p>Instances are immutable; build one with {@link #builder(String)}.
 *
 * @since 0.1.0
 */
public final class FunctionDefinition {
  /** Lambda's default timeout, three seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

  /** Lambda's default memory size, 128 MB. */
  public static final int DEFAULT_MEMORY_MB = 128;

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-_]{1,64}");
  private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])+");

  private final String name;
  private final String handler;
  private final Class<?> handlerClass;
  private final Object handlerInstance;
  private final Duration timeout;
  private final int memorySize;
  private final Map<String, String> environment;
  private final Integer reservedConcurrency;
  private final Architecture architecture;
  private final String runtime;
  private final boolean isolatedClassLoader;
  private final String description;

  private FunctionDefinition(Builder builder) {
    this.name = builder.name;
    this.handlerInstance = builder.handlerInstance;
    this.handlerClass =
        builder.handlerInstance != null ? builder.handlerInstance.getClass() : builder.handlerClass;
    this.handler = builder.handler != null ? builder.handler : handlerClass.getName();
    this.timeout = builder.timeout;
    this.memorySize = builder.memorySize;
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(builder.environment));
    this.reservedConcurrency = builder.reservedConcurrency;
    this.architecture = builder.architecture;
    this.runtime = builder.runtime;
    this.isolatedClassLoader = builder.isolatedClassLoader;
    this.description = builder.description;
  }

  /**
   * A builder for a function of that name.
   *
   * @param name the function name: 1 to 64 letters, digits, hyphens or underscores
   * @return a new builder, never null
   * @throws IllegalArgumentException when the name is not a valid Lambda function name
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder initialised with this definition.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.handler = handler;
    builder.handlerClass = handlerInstance == null ? handlerClass : null;
    builder.handlerInstance = handlerInstance;
    builder.timeout = timeout;
    builder.memorySize = memorySize;
    builder.environment.putAll(environment);
    builder.reservedConcurrency = reservedConcurrency;
    builder.architecture = architecture;
    builder.runtime = runtime;
    builder.isolatedClassLoader = isolatedClassLoader;
    builder.description = description;
    return builder;
  }

  /**
   * The function name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The handler string, as Lambda's {@code Handler} setting and the {@code _HANDLER} variable show
   * it; for a class or an instance, the class name.
   *
   * @return the handler string, never null
   */
  public String handler() {
    return handler;
  }

  /**
   * The handler class when one was given (directly or through an instance).
   *
   * @return the class, or empty for a handler string
   */
  public Optional<Class<?>> handlerClass() {
    return Optional.ofNullable(handlerClass);
  }

  /**
   * The handler instance when one was given.
   *
   * @return the instance, or empty
   */
  public Optional<Object> handlerInstance() {
    return Optional.ofNullable(handlerInstance);
  }

  /**
   * How long an invocation may run before Lambda stops it.
   *
   * @return the timeout, never null
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The memory size in MB, as {@code Context.getMemoryLimitInMB()} reports it.
   *
   * @return the memory size
   */
  public int memorySize() {
    return memorySize;
  }

  /**
   * The function's own environment variables (Lambda's reserved ones are added at run time).
   *
   * @return the variables in the order they were set; never null and not modifiable
   */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * The reserved concurrency: the most execution environments that may run at once.
   *
   * @return the limit, or empty for the account's unreserved pool (1,000)
   */
  public OptionalInt reservedConcurrency() {
    return reservedConcurrency == null ? OptionalInt.empty() : OptionalInt.of(reservedConcurrency);
  }

  /**
   * The instruction set architecture label.
   *
   * @return the architecture, never null
   */
  public Architecture architecture() {
    return architecture;
  }

  /**
   * The runtime label, for example {@code java21}. It is reported by the Lambda API and in {@code
   * AWS_EXECUTION_ENV}; the handler always runs on the test's JVM.
   *
   * @return the runtime label, never null
   */
  public String runtime() {
    return runtime;
  }

  /**
   * Whether each execution environment loads the handler's classes in its own class loader, so
   * that static state is per environment and a cold start runs static initialisers again.
   *
   * @return true when environments are isolated
   */
  public boolean isolatedClassLoader() {
    return isolatedClassLoader;
  }

  /**
   * The description reported by the Lambda API.
   *
   * @return the description, never null (empty when unset)
   */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "FunctionDefinition[" + name + ", " + handler + ", timeout=" + timeout + "]";
  }

  /** The instruction set architectures Lambda offers. */
  public enum Architecture {
    /** {@code x86_64}, Lambda's default. */
    X86_64("x86_64"),
    /** {@code arm64} (Graviton). */
    ARM64("arm64");

    private final String label;

    Architecture(String label) {
      this.label = label;
    }

    /**
     * The label Lambda's API uses.
     *
     * @return {@code x86_64} or {@code arm64}
     */
    public String label() {
      return label;
    }
  }

  /**
   * Configures a {@link FunctionDefinition}. Set exactly one of {@link #handler(String)}, {@link
   * #handler(Class)} or {@link #handler(Object)}.
   */
  public static final class Builder {
    private final String name;
    private String handler;
    private Class<?> handlerClass;
    private Object handlerInstance;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int memorySize = DEFAULT_MEMORY_MB;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Integer reservedConcurrency;
    private Architecture architecture = Architecture.X86_64;
    private String runtime = "java21";
    private boolean isolatedClassLoader;
    private String description = "";

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Invalid function name '"
                + name
                + "': a Lambda function name is 1 to 64 letters, digits, hyphens or underscores");
      }
      this.name = name;
    }

    /**
     * The handler string, {@code package.Class::method} or {@code package.Class}, resolved by the
     * runtime's rules when the first execution environment starts.
     *
     * @param handler the handler string
     * @return this builder
     */
    public Builder handler(String handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      this.handlerClass = null;
      this.handlerInstance = null;
      return this;
    }

    /**
     * The handler class; it must implement {@code RequestHandler} or {@code RequestStreamHandler}
     * and have a public no-argument constructor, as for a class-only handler string.
     *
     * @param handlerClass the class
     * @return this builder
     */
    public Builder handler(Class<?> handlerClass) {
      this.handlerClass = Objects.requireNonNull(handlerClass, "handlerClass");
      this.handler = null;
      this.handlerInstance = null;
      return this;
    }

    /**
     * A handler instance shared by every execution environment of the function. Its class is
     * resolved by the runtime's rules like any other; a lambda expression or method reference has
     * no type arguments the runtime can see, so give an instance of a named class.
     *
     * @param instance an instance of a class implementing {@code RequestHandler} or {@code
     *     RequestStreamHandler}
     * @return this builder
     */
    public Builder handler(Object instance) {
      this.handlerInstance = Objects.requireNonNull(instance, "instance");
      this.handler = null;
      this.handlerClass = null;
      return this;
    }

    /**
     * The method of the handler class or instance to call, making the handler string {@code
     * Class::method}. Call after {@link #handler(Class)} or {@link #handler(Object)}.
     *
     * @param method the method name
     * @return this builder
     * @throws IllegalStateException when no handler class or instance was set
     */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method");
      Class<?> type = handlerInstance != null ? handlerInstance.getClass() : handlerClass;
      if (type == null) {
        throw new IllegalStateException(
            "FunctionDefinition.Builder.method(\"" + method + "\") needs handler(Class) or"
                + " handler(Object) first; with a handler string write \"Class::" + method + "\"");
      }
      this.handler = type.getName() + "::" + method;
      return this;
    }

    /**
     * The timeout, 1 to 900 seconds on Lambda; shorter values are accepted here so a test of a
     * timeout runs in milliseconds.
     *
     * @param timeout the timeout, positive, at most 900 seconds
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(900)) > 0) {
        throw new IllegalArgumentException(
            "Function " + name + ": timeout must be positive and at most 900 seconds, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The memory size in MB, 128 to 10,240 as Lambda allows.
     *
     * @param megabytes the memory size
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder memorySize(int megabytes) {
      if (megabytes < 128 || megabytes > 10240) {
        throw new IllegalArgumentException(
            "Function " + name + ": memory size must be 128 to 10240 MB, got " + megabytes);
      }
      this.memorySize = megabytes;
      return this;
    }

    /**
     * Sets one environment variable.
     *
     * @param key a name of letters, digits and underscores starting with a letter
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the key is not a valid Lambda variable name
     */
    public Builder environment(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!ENV_KEY.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "Function " + name + ": invalid environment variable name '" + key
                + "' (Lambda requires [a-zA-Z]([a-zA-Z0-9_])+)");
      }
      environment.put(key, value);
      return this;
    }

    /**
     * Sets environment variables, keeping those already set under other names.
     *
     * @param variables the variables
     * @return this builder
     */
    public Builder environment(Map<String, String> variables) {
      variables.forEach(this::environment);
      return this;
    }

    /**
     * The reserved concurrency: invocations beyond this many at once are throttled.
     *
     * @param limit 0 or more; 0 throttles every invocation, as on Lambda
     * @return this builder
     * @throws IllegalArgumentException when negative or above the account limit of 1,000
     */
    public Builder reservedConcurrency(int limit) {
      if (limit < 0 || limit > 1000) {
        throw new IllegalArgumentException(
            "Function " + name + ": reserved concurrency must be 0 to 1000, got " + limit);
      }
      this.reservedConcurrency = limit;
      return this;
    }

    /**
     * The architecture label.
     *
     * @param architecture the architecture
     * @return this builder
     */
    public Builder architecture(Architecture architecture) {
      this.architecture = Objects.requireNonNull(architecture, "architecture");
      return this;
    }

    /**
     * The runtime label, for example {@code java17}; default {@code java21}.
     *
     * @param runtime the label
     * @return this builder
     */
    public Builder runtime(String runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime");
      return this;
    }

    /**
     * Loads the handler's classes in a class loader of each execution environment, so static
     * state is per environment as on Lambda. Needs a handler string or class, not an instance.
     *
     * @param isolated true to isolate
     * @return this builder
     */
    public Builder isolatedClassLoader(boolean isolated) {
      this.isolatedClassLoader = isolated;
      return this;
    }

    /**
     * The description reported by the Lambda API.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition, never null
     * @throws IllegalStateException when no handler was set, or an instance is combined with an
     *     isolated class loader
     */
    public FunctionDefinition build() {
      if (handler == null && handlerClass == null && handlerInstance == null) {
        throw new IllegalStateException(
            "Function " + name + " has no handler: call handler(\"com.example.Handler::method\"),"
                + " handler(Handler.class) or handler(new Handler())");
      }
      if (isolatedClassLoader && handlerInstance != null) {
        throw new IllegalStateException(
            "Function " + name + ": isolatedClassLoader(true) cannot load a handler given as an"
                + " instance; give its class or handler string instead");
      }
      return new FunctionDefinition(this);
    }
  }
}
