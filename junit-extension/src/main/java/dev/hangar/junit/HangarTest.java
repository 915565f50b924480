package dev.hangar.junit;

import dev.hangar.harness.lambda.DeliveryMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit Jupiter test class against a Hangar harness: an in-process fake AWS cloud, built
 * for each test (or once for the class) and optionally loaded from the application's SAM template.
 *
 * <pre>{@code
 * @HangarTest(template = "template.yaml", parameters = "Stage=test")
 * class CreateOrderTest {
 *   @Test
 *   void createsOrder(Harness harness, HarnessClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>While a test runs, SDK clients built with no configuration ({@code DynamoDbClient.create()})
 * reach that test's harness, also when tests run in parallel: their endpoint is an ambient host
 * that the in-process transport resolves to the harness bound to the calling thread (threads the
 * test starts inherit it).
 *
 * <p>The annotation is inherited by subclasses and applies to {@code @Nested} classes, which may
 * declare their own. For more than one harness in a class, or configuration in code, register
 * {@link HangarExtension#builder()} with {@code @RegisterExtension} instead; a class must not use
 * both.
 *
 * <p>With the system property {@code hangar.target=aws} the class's DynamoDB tables are created at
 * a real endpoint (DynamoDB Local or an AWS account) and every DynamoDB request goes there: see
 * {@link HangarExtension}.
 *
 * <p>Limits: system properties are JVM-wide, so while any Hangar test runs, unconfigured SDK
 * clients in tests without Hangar that run in parallel with it also reach the ambient host, and
 * fail with a message saying so.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(HangarExtension.class)
public @interface HangarTest {
  /**
   * The SAM or CloudFormation template ({@code .yaml}, {@code .yml} or {@code .json}) to build the
   * harness from: a path relative to the project directory, else a class-path resource. Empty for
   * none.
   *
   * @return the template's path
   */
  String template() default "";

  /**
   * Values for the template's Parameters, each {@code Name=value}, as {@code sam deploy
   * --parameter-overrides} takes them.
   *
   * @return the overrides
   */
  String[] parameters() default {};

  /**
   * Whether each test method gets its own harness or the class shares one.
   *
   * @return the lifecycle
   */
  HarnessLifecycle lifecycle() default HarnessLifecycle.PER_METHOD;

  /**
   * The region the harness pretends to be.
   *
   * @return an AWS region name
   */
  String region() default "us-east-1";

  /**
   * The twelve-digit account id in ARNs.
   *
   * @return the account id
   */
  String accountId() default "000000000000";

  /**
   * The stack name that {@code AWS::StackName} resolves to and generated names start with.
   *
   * <p>Harnesses built from one template may be open at the same time (parallel test classes or
   * methods that all name {@code template.yaml}) with the same stack name: an API's id ({@code !Ref
   * Api}, the {@code {api-id}.execute-api...} host) derives from the stack name, the API's logical
   * id and the test class (per-class harness) or test method (per-method harness) that holds the
   * harness, so each harness serves its own hosts, a URL a handler builds from {@code !Sub} reaches
   * the handler's own harness, and ids are the same on every run. Table and function names derive
   * from the stack name alone.
   *
   * @return the stack name
   */
  String stackName() default "hangar";

  /**
   * Where the harness clock starts, as an ISO-8601 instant ({@code 2026-01-01T00:00:00Z}); the
   * clock then stands still until the test advances it. Empty for a clock that follows the system
   * clock.
   *
   * @return the start instant, or empty
   */
  String clock() default "";

  /**
   * The seed of generated ids (request ids, stream sequence numbers, ...).
   *
   * @return the seed
   */
  long seed() default 42L;

  /**
   * The JSON Web Key Sets of the JWT issuers that the template's HTTP API JWT authorizers trust,
   * each {@code issuer=path}: the issuer exactly as the authorizer's {@code JwtConfiguration}
   * gives it, and a file (relative to the project directory, else a class-path resource) holding
   * the document the issuer serves at its {@code jwks_uri}. A template names only the issuer; API
   * Gateway fetches the keys from it, which a test cannot do, so a JWT authorizer whose issuer has
   * no entry here fails the harness's set-up, naming the issuer. To sign tokens with a key made in
   * the test, use {@link HangarExtension.Builder#jwks(String, String)} instead.
   *
   * @return the entries, for example {@code "https://auth.example.com/=jwks.json"}
   */
  String[] jwks() default {};

  /**
   * When the template's stream triggers ({@code Events} of type {@code DynamoDB}) run: {@link
   * DeliveryMode#ON_DRAIN} (the default) when the test calls {@code
   * harness.lambda().eventSources().drain()}, or {@link DeliveryMode#ON_APPEND} inside the write
   * that appended the records, so its effects are visible when the write returns.
   *
   * @return the delivery mode
   */
  DeliveryMode streamDelivery() default DeliveryMode.ON_DRAIN;
}
