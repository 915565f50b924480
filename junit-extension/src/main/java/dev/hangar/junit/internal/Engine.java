package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HarnessLifecycle;
import dev.hangar.junit.Seed;
import dev.hangar.junit.internal.dynamo.SeedLoader;
import dev.hangar.junit.internal.flight.FlightRecord;
import dev.hangar.junit.internal.flight.FlightReport;
import dev.hangar.junit.internal.template.Template;
import dev.hangar.junit.internal.template.TemplateException;
import dev.hangar.junit.internal.template.TemplateLoader;
import dev.hangar.junit.internal.template.TemplateOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What {@code HangarExtension} does, for one configuration: builds harnesses at the right scope,
 * keeps every piece of state in the extension context's store (so JUnit closes it), starts and ends
 * each test's scope, and attaches the flight record to failures.
 */
public final class Engine {
  private static final String SCOPE = "test-scope";

  private final Settings builderSettings;
  private final Object extension;
  private final Injector injector;
  private final ThreadLocal<HarnessResource> current = new ThreadLocal<>();
  private volatile boolean beforeAllRan;

  /**
   * An engine for the builder's settings, or for {@code @HangarTest} when null.
   *
   * @param builderSettings the builder's settings, or null
   */
  public Engine(Settings builderSettings) {
    this(builderSettings, null);
  }

  /**
   * An engine for a builder's settings, registered as {@code extension}.
   *
   * @param builderSettings the builder's settings, or null
   * @param extension the registered extension object, to find the class whose field holds it
   */
  public Engine(Settings builderSettings, Object extension) {
    this.builderSettings = builderSettings;
    this.extension = extension;
    this.injector = new Injector(this);
  }

  /** The extension's name ({@code ""} for the default). */
  String name() {
    return builderSettings == null ? "" : builderSettings.name();
  }

  Namespace namespace() {
    return Namespace.create(Engine.class, name());
  }

  Injector injector() {
    return injector;
  }

  /** Before all tests of a class: fail fast on configuration and template, build a per-class harness. */
  public void beforeAll(ExtensionContext context) {
    beforeAllRan = true;
    ExtensionNames.register(context, this);
    ExtensionContext owner = ownerContext(context);
    Settings settings = settings(owner);
    rejectSeedsOutsideOwner(context, owner);
    template(owner, settings);
    if (settings.lifecycle() != HarnessLifecycle.PER_METHOD) {
      resource(context, true);
    }
  }

  /** A class seed applies when its harness is built, so it belongs on the class that owns it. */
  private static void rejectSeedsOutsideOwner(ExtensionContext context, ExtensionContext owner) {
    Class<?> type = context.getRequiredTestClass();
    if (type != owner.getRequiredTestClass()
        && !AnnotationSupport.findRepeatableAnnotations(type, Seed.class).isEmpty()) {
      throw new ExtensionConfigurationException(
          "@Seed on "
              + type.getName()
              + " would not be applied: class-level seeds are applied when a harness is built, and"
              + " this class uses the harness of "
              + owner.getRequiredTestClass().getName()
              + "; move the @Seed there or onto the test methods");
    }
  }

  /** Before each test: its harness (per method), its scope on this thread, its fields. */
  public void beforeEach(ExtensionContext context) throws Exception {
    ExtensionNames.register(context, this);
    HarnessResource resource = resource(context, true);
    ExtensionContext owner = ownerContext(context);
    if (settings(owner).lifecycle() == HarnessLifecycle.PER_CLASS_WITH_RESET) {
      HarnessReset.beforeTest(
          context, resource, settings(owner), owner.getRequiredTestClass(), namespace());
    }
    for (Seed seed :
        AnnotationSupport.findRepeatableAnnotations(context.getRequiredTestMethod(), Seed.class)) {
      SeedLoader.apply(resource.harness(), resource.template(), seed, context.getRequiredTestClass());
    }
    TestScope scope = TestScope.start(resource);
    context.getStore(namespace()).put(SCOPE, scope);
    current.set(resource);
    injector.injectFields(context, resource);
  }

  /**
   * After each test: let its asynchronous invocations finish, unbind its harness from this thread.
   */
  public void afterEach(ExtensionContext context) throws Exception {
    HarnessResource resource = current.get();
    current.remove();
    try {
      if (resource != null) {
        // Before the scope closes: a queued handler still needs the test's ambient settings.
        AsyncInvocationWait.await(resource.harness(), context.getDisplayName());
      }
    } finally {
      TestScope scope = context.getStore(namespace()).get(SCOPE, TestScope.class);
      if (scope != null) {
        scope.close();
      }
      HarnessReset.afterTest(context, namespace());
    }
  }

  /** Adds the flight record to a failure and rethrows it. */
  public void handleFailure(ExtensionContext context, Throwable failure) throws Throwable {
    TestScope scope = context.getStore(namespace()).get(SCOPE, TestScope.class);
    if (scope != null) {
      String events = scope.flightRecord();
      if (!events.isEmpty()) {
        FlightRecord record = new FlightRecord(scope.harnessName(), events);
        failure.addSuppressed(record);
        report(context, failure, record);
      }
    }
    throw failure;
  }

  /** Whether this extension answers a parameter. */
  public boolean supportsParameter(
      org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
    return injector.supports(parameter, context);
  }

  /** Resolves a parameter. */
  public Object resolveParameter(
      org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
    return injector.resolve(parameter, context);
  }

  private static void report(ExtensionContext context, Throwable failure, FlightRecord record) {
    try {
      FlightReport.add(
          FlightReport.directory(context.getConfigurationParameter(FlightReport.DIRECTORY)),
          context.getRequiredTestClass().getName(),
          context.getDisplayName(),
          String.valueOf(failure),
          record.getMessage());
    } catch (RuntimeException e) {
      // The report is an extra: failing to write it must not hide the test's own failure.
      failure.addSuppressed(e);
    }
  }

  /** The harness of the test running on this thread. */
  public Harness currentHarness() {
    HarnessResource resource = current.get();
    if (resource == null) {
      throw new IllegalStateException(
          "No test of this Hangar extension is running on thread '"
              + Thread.currentThread().getName()
              + "'; call harness() from a test method, @BeforeEach or @AfterEach method");
    }
    return resource.harness();
  }

  /**
   * The harness for a context: the method's own (per method) or the class's (per class).
   *
   * @param create whether to build it when missing
   */
  HarnessResource resource(ExtensionContext context, boolean create) {
    ExtensionContext owner = ownerContext(context);
    Settings settings = settings(owner);
    Object key = new HarnessKey(settings.owner());
    boolean perMethod = settings.lifecycle() == HarnessLifecycle.PER_METHOD;
    if (perMethod && context.getTestMethod().isEmpty()) {
      throw new ExtensionConfigurationException(
          settings.origin()
              + " builds a harness per test method, so none exists for "
              + context.getDisplayName()
              + " outside a test (a @BeforeAll method, a constructor of a per-class instance, or"
              + " a field initialiser); use lifecycle PER_CLASS, or inject it into test, @BeforeEach"
              + " or @AfterEach methods");
    }
    if (!perMethod && builderSettings != null && !beforeAllRan) {
      throw new ExtensionConfigurationException(
          settings.origin()
              + " has lifecycle PER_CLASS but is registered in an instance field of "
              + owner.getRequiredTestClass().getName()
              + ", which JUnit fills anew for every test; make the field static, or annotate the"
              + " class with @TestInstance(PER_CLASS)");
    }
    ExtensionContext holder = perMethod ? context : owner;
    HarnessResource found = context.getStore(namespace()).get(key, HarnessResource.class);
    if (found != null || !create) {
      return found;
    }
    // Atomic: tests of a per-class harness may start in parallel and must build only one.
    return holder
        .getStore(namespace())
        .getOrComputeIfAbsent(key, k -> build(owner, holder, settings), HarnessResource.class);
  }

  private HarnessResource build(ExtensionContext owner, ExtensionContext holder, Settings settings) {
    HarnessResource built = HarnessAssembly.build(settings, harnessTemplate(owner, holder, settings));
    try {
      seedClass(built, owner.getRequiredTestClass());
    } catch (RuntimeException e) {
      built.close();
      throw e;
    }
    return built;
  }

  /** Applies the class-level seeds of the class that owns the harness. */
  static void seedClass(HarnessResource resource, Class<?> ownerClass) {
    for (Seed seed : AnnotationSupport.findRepeatableAnnotations(ownerClass, Seed.class)) {
      SeedLoader.apply(resource.harness(), resource.template(), seed, ownerClass);
    }
  }

  private Template template(ExtensionContext owner, Settings settings) {
    if (settings.template().isEmpty()) {
      return null;
    }
    return owner
        .getStore(namespace())
        .getOrComputeIfAbsent(new TemplateKey(settings.owner()), k -> load(owner, settings), Template.class);
  }

  /**
   * The template as one harness sees it: its API ids scoped to the test (class or method) that
   * holds the harness, so that parallel harnesses of one template claim different execute-api
   * hosts, and the same on every run; against real endpoints, its tables named uniquely.
   */
  private Template harnessTemplate(ExtensionContext owner, ExtensionContext holder, Settings settings) {
    if (settings.template().isEmpty()) {
      return null;
    }
    String scope = holder.getUniqueId() + "#" + name();
    String prefix = Target.current() == Target.AWS ? RealTarget.tableNamePrefix(scope) : "";
    return load(owner, settings, scope, prefix);
  }

  private static Template load(ExtensionContext owner, Settings settings) {
    return load(owner, settings, "", "");
  }

  private static Template load(
      ExtensionContext owner, Settings settings, String harnessScope, String tableNamePrefix) {
    Instant created = settings.clockStart() != null ? settings.clockStart() : Instant.now();
    TemplateOptions options =
        new TemplateOptions(
            settings.template(),
            Path.of(""),
            owner.getRequiredTestClass().getClassLoader(),
            settings.parameters(),
            settings.stackName(),
            settings.region(),
            settings.accountId(),
            created,
            harnessScope,
            tableNamePrefix);
    try {
      return TemplateLoader.load(options);
    } catch (TemplateException e) {
      throw new ExtensionConfigurationException(settings.origin() + ": " + e.getMessage(), e);
    }
  }

  /** The class context the configuration belongs to. */
  ExtensionContext ownerContext(ExtensionContext context) {
    if (builderSettings != null) {
      return builderOwner(context);
    }
    Optional<ExtensionContext> owner = ConfigurationFinder.owner(context);
    return owner.orElseThrow(
        () -> new ExtensionConfigurationException("HangarExtension needs a test class context"));
  }

  /**
   * A builder's harness belongs to the class whose field registers the extension: a {@code @Nested}
   * class that registers its own owns it, and its enclosing classes, which do not see it, do not.
   * An extension its own class does not declare (inherited from an enclosing class) belongs to the
   * outermost class context, as before.
   */
  private ExtensionContext builderOwner(ExtensionContext context) {
    ExtensionContext outermost = null;
    ExtensionContext declaring = null;
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestClass().isEmpty()) {
        break;
      }
      if (c.getTestMethod().isEmpty()) {
        outermost = c;
        if (declaresThisExtension(c, context)) {
          declaring = c;
        }
        if (!c.getRequiredTestClass().isAnnotationPresent(org.junit.jupiter.api.Nested.class)) {
          break;
        }
      }
    }
    if (outermost == null) {
      throw new ExtensionConfigurationException("HangarExtension needs a test class context");
    }
    return declaring != null ? declaring : outermost;
  }

  /**
   * Whether the class of a class context holds this extension in a field of its own (an instance
   * field as the running test's instances hold it).
   */
  private boolean declaresThisExtension(ExtensionContext classContext, ExtensionContext context) {
    if (extension == null) {
      return false;
    }
    Class<?> type = classContext.getRequiredTestClass();
    Optional<Object> instance =
        context.getTestInstances().flatMap(all -> all.findInstance(type)).map(Object.class::cast);
    for (Field field :
        ReflectionSupport.findFields(
            type,
            f -> f.getType().isInstance(extension),
            HierarchyTraversalMode.TOP_DOWN)) {
      boolean isStatic = Modifier.isStatic(field.getModifiers());
      if (!isStatic && instance.isEmpty()) {
        continue;
      }
      Object value =
          ReflectionSupport.tryToReadFieldValue(field, isStatic ? null : instance.get())
              .toOptional()
              .orElse(null);
      if (value == extension) {
        return true;
      }
    }
    return false;
  }

  Settings settings(ExtensionContext owner) {
    Settings declared = declaredSettings(owner);
    // Against real endpoints the harness lives in the region its requests go to, so ARNs, the
    // functions' AWS_REGION and signatures agree with the real service.
    return Target.current() == Target.AWS
        ? declared.withRegion(RealTarget.region(declared.region()))
        : declared;
  }

  private Settings declaredSettings(ExtensionContext owner) {
    if (builderSettings != null) {
      return builderSettings;
    }
    return owner
        .getStore(namespace())
        .getOrComputeIfAbsent(
            new SettingsKey(owner.getRequiredTestClass()),
            k -> ConfigurationFinder.declared(owner),
            Settings.class);
  }

  private record HarnessKey(Object owner) {}

  private record TemplateKey(Object owner) {}

  private record SettingsKey(Class<?> owner) {}
}
