package dev.hangar.junit;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.internal.Engine;
import dev.hangar.junit.internal.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit Jupiter extension behind {@link HangarTest}; register it yourself with {@code
 * @RegisterExtension} and {@link #builder()} to configure it in code or to use several harnesses
 * in one class.
 *
 * <pre>{@code
 * class TwoRegionsTest {
 *   @RegisterExtension
 *   static HangarExtension us = HangarExtension.builder().template("template.yaml").build();
 *   @RegisterExtension
 *   static HangarExtension eu = HangarExtension.builder().name("eu").region("eu-west-1").build();
 *
 *   @Test
 *   void replicates(Harness usHarness, @Hangar("eu") Harness euHarness) { ... }
 * }
 * }</pre>
 *
 * <p>What it does:
 *
 * <ul>
 *   <li>builds a harness per test method (the default) or per class ({@link HarnessLifecycle}),
 *       from the SAM template if one is given; every harness and client lives in the JUnit {@link
 *       ExtensionContext.Store} and is closed by JUnit;
 *   <li>while a test runs, binds its harness to the test's thread, so that SDK clients built with
 *       no configuration reach it, also when tests run in parallel;
 *   <li>injects parameters and {@link Hangar @Hangar} fields by type: {@code Harness}, {@code
 *       HarnessClock}, {@code Lambda}, {@code EventSources}, {@link DynamoTable}, {@code
 *       FakeGateway}, {@code GatewayClient} and {@code WebSocketConnector} (the template API with
 *       the {@link Named @Named} logical id, or its only one), {@code WebSocketGateway}, and SDK
 *       clients bound to the harness;
 *   <li>when a test fails, adds a suppressed {@code FlightRecord} to the failure that lists what
 *       happened in the harness during the test (requests with their answers, clock moves, API
 *       Gateway requests with their steps, Lambda invocations with their logs).
 * </ul>
 *
 * <p>Misuse (an unknown template, a bad template line, a field Hangar cannot fill, both {@code
 * HangarTest} and a registered field on one class) fails with an {@code
 * ExtensionConfigurationException} that names the class, field or line and the fix.
 *
 * <p>With the system property {@code hangar.target=aws} the class runs against a real DynamoDB:
 * DynamoDB Local through {@code aws.endpointUrl} (or {@code aws.endpointUrlDynamoDb}), or an AWS
 * account through the SDK's default region and credential chains. The harness is built as usual,
 * but the DynamoDB requests that reach it (the extension's, injected clients', and handlers'
 * {@code DynamoDbClient.create()}) are signed with the real credentials and sent to the real
 * endpoint, which answers them. The template's tables (keys, indexes, streams, Time to Live) are
 * created there under names that start {@code hangar-{run id}-{harness hash}-} ({@code
 * -Dhangar.runId} fixes the run id, random otherwise), waited for until ACTIVE, seeded from
 * {@code @Seed}, created anew for {@code PER_CLASS_WITH_RESET}, and deleted when the harness
 * closes; functions see those names through their environment, as {@code !Ref} gives them.
 * Functions still run in process, and API Gateway and WebSocket APIs stay Hangar's (deploying APIs
 * is out of scope). What cannot work against the real service fails naming the feature and the
 * property: the template's DynamoDB stream triggers, injecting {@code EventSources}, and advancing
 * the harness clock when a table uses Time to Live.
 *
 * @since 0.1.0
 */
public final class HangarExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {
  private final Engine engine;

  /** The extension as {@link HangarTest} registers it; it reads its configuration from the annotation. */
  public HangarExtension() {
    this.engine = new Engine(null);
  }

  private HangarExtension(Settings settings) {
    this.engine = new Engine(settings, this);
  }

  /**
   * A builder with the defaults of {@link HangarTest}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The harness of the test running on the calling thread.
   *
   * @return the harness, never null
   * @throws IllegalStateException when no test of this extension runs on this thread
   */
  public Harness harness() {
    return engine.currentHarness();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    engine.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    engine.beforeEach(context);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    engine.afterEach(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return engine.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return engine.resolveParameter(parameter, context);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    engine.handleFailure(context, throwable);
  }

  /**
   * Configures a {@link HangarExtension}; the same settings as {@link HangarTest}, plus a name.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String name = "";
    private String template = "";
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private HarnessLifecycle lifecycle = HarnessLifecycle.PER_METHOD;
    private String region = "us-east-1";
    private String accountId = "000000000000";
    private String stackName = "hangar";
    private Instant clockStart;
    private long seed = 42L;
    private final List<Supplier<? extends AwsService>> services = new ArrayList<>();
    private final Map<String, String> jwks = new LinkedHashMap<>();
    private DeliveryMode streamDelivery = DeliveryMode.ON_DRAIN;

    private Builder() {}

    /**
     * Names the extension, for {@link Hangar @Hangar("name")} at injection points; needed when a
     * class registers more than one.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The SAM or CloudFormation template, as {@link HangarTest#template()}.
     *
     * @param path a path relative to the project directory, or a class-path resource
     * @return this builder
     */
    public Builder template(String path) {
      this.template = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * A value for a template parameter.
     *
     * @param name the parameter
     * @param value its value
     * @return this builder
     */
    public Builder parameter(String name, String value) {
      parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Per method (the default) or per class.
     *
     * @param lifecycle the lifecycle
     * @return this builder
     */
    public Builder lifecycle(HarnessLifecycle lifecycle) {
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /**
     * The region, as {@link HangarTest#region()}.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * The account id, as {@link HangarTest#accountId()}.
     *
     * @param accountId twelve digits
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /**
     * The stack name, as {@link HangarTest#stackName()}.
     *
     * @param stackName the stack name
     * @return this builder
     */
    public Builder stackName(String stackName) {
      this.stackName = Objects.requireNonNull(stackName, "stackName");
      return this;
    }

    /**
     * Starts a clock that stands still at the instant until the test moves it.
     *
     * @param start the instant
     * @return this builder
     */
    public Builder clockAt(Instant start) {
      this.clockStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * The seed of generated ids.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Adds a service of your own (an {@code AwsService}) to every harness this extension builds.
     * The supplier is called once per harness, so that harnesses share no state. Your services are
     * offered each request before Hangar's, and one with the {@linkplain AwsService#name() name}
     * of a service Hangar adds replaces it: a {@code FakeDynamo} of your own (with a data
     * directory, say) is the harness's only DynamoDB. A {@code FakeGateway} or {@code
     * WebSocketGateway} of your own is added beside the ones Hangar builds from the template's
     * APIs (each answers only its own APIs' hosts); {@code harness.service(FakeGateway.class)}
     * returns yours, and injected {@code GatewayClient}s reach the template's APIs.
     *
     * @param service makes a new service
     * @return this builder
     */
    public Builder service(Supplier<? extends AwsService> service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /**
     * The JSON Web Key Set of a JWT issuer that the template's HTTP API JWT authorizers trust, as
     * {@link HangarTest#jwks()} but as text, so that a test can sign tokens with a key it makes
     * itself. A template names only the issuer ({@code JwtConfiguration.issuer}); API Gateway
     * fetches the keys from the issuer's {@code jwks_uri}, which a test cannot do.
     *
     * @param issuer the issuer exactly as the template gives it
     * @param jwksJson the key set document, {@code {"keys":[...]}}
     * @return this builder
     */
    public Builder jwks(String issuer, String jwksJson) {
      jwks.put(Objects.requireNonNull(issuer, "issuer"), Objects.requireNonNull(jwksJson, "jwksJson"));
      return this;
    }

    /**
     * When stream triggers run, as {@link HangarTest#streamDelivery()}.
     *
     * @param mode the delivery mode
     * @return this builder
     */
    public Builder streamDelivery(DeliveryMode mode) {
      this.streamDelivery = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension, never null
     */
    public HangarExtension build() {
      String origin = "HangarExtension" + (name.isEmpty() ? "" : " '" + name + "'");
      return new HangarExtension(
          new Settings(
              name, template, parameters, lifecycle, region, accountId, stackName, clockStart,
              seed, new Object(), null, origin, services, jwks, streamDelivery));
    }
  }
}
