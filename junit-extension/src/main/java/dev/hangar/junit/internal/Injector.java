package dev.hangar.junit.internal;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.gateway.websocket.WebSocketGateway;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.EventSources;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.ApiKey;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.Hangar;
import dev.hangar.junit.Named;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/** Resolves parameters and {@code @Hangar} fields by type, qualified by extension name. */
final class Injector {
  private static final String SUPPORTED =
      "Harness, HarnessClock, Lambda, EventSources, DynamoTable, FakeGateway, GatewayClient,"
          + " ApiKey, WebSocketGateway, WebSocketConnector, DynamoDbClient, DynamoDbStreamsClient,"
          + " DynamoDbEnhancedClient";

  private static final Set<Class<?>> HARNESS_TYPES =
      Set.of(
          Harness.class, HarnessClock.class, Lambda.class, EventSources.class, DynamoTable.class,
          FakeGateway.class, GatewayClient.class, ApiKey.class, WebSocketGateway.class,
          WebSocketConnector.class);

  /** By name, so that checking a type never loads the SDK (an optional dependency). */
  static final Set<String> SDK_TYPES =
      Set.of(
          "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
          "software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient",
          "software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient");

  private final Engine engine;

  Injector(Engine engine) {
    this.engine = engine;
  }

  static boolean injectable(Class<?> type) {
    return HARNESS_TYPES.contains(type) || SDK_TYPES.contains(type.getName());
  }

  /** Whether this extension answers the parameter. */
  boolean supports(ParameterContext parameter, ExtensionContext context) {
    ExtensionNames.register(context, engine);
    Optional<Hangar> qualifier = parameter.findAnnotation(Hangar.class);
    String wanted = qualifier.map(Hangar::value).orElse("");
    if (wanted.equals(engine.name())) {
      return qualifier.isPresent() || injectable(parameter.getParameter().getType());
    }
    // A qualifier that names no extension is claimed by the first one, to explain the mistake.
    ExtensionNames names = ExtensionNames.of(context);
    return qualifier.isPresent() && !names.has(wanted) && names.isFirst(engine);
  }

  Object resolve(ParameterContext parameter, ExtensionContext context) {
    String wanted = parameter.findAnnotation(Hangar.class).map(Hangar::value).orElse("");
    String where =
        "parameter "
            + parameter.getParameter().getName()
            + " of "
            + parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName()
            + "."
            + parameter.getDeclaringExecutable().getName();
    if (!wanted.equals(engine.name())) {
      throw unknownName(wanted, where, context);
    }
    return value(
        parameter.getParameter().getType(),
        parameter.findAnnotation(Named.class).map(Named::value).orElse(null),
        where,
        context);
  }

  /** Injects {@code @Hangar} fields of every test instance (outer instances of nested classes too). */
  void injectFields(ExtensionContext context, HarnessResource resource) throws IllegalAccessException {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          Hangar qualifier = field.getAnnotation(Hangar.class);
          if (qualifier != null) {
            inject(field, qualifier.value(), instance, context);
          }
        }
      }
    }
  }

  private void inject(Field field, String wanted, Object instance, ExtensionContext context)
      throws IllegalAccessException {
    String where = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
    ExtensionNames names = ExtensionNames.of(context);
    if (!wanted.equals(engine.name())) {
      if (!names.has(wanted) && names.isFirst(engine)) {
        throw unknownName(wanted, where, context);
      }
      return;
    }
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
      throw new ExtensionConfigurationException(
          "@Hangar "
              + where
              + " is "
              + (Modifier.isStatic(modifiers) ? "static" : "final")
              + "; Hangar injects non-final instance fields: remove the modifier, or take the"
              + " value as a parameter of a @BeforeAll method (with lifecycle PER_CLASS)");
    }
    field.setAccessible(true);
    Named named = field.getAnnotation(Named.class);
    field.set(instance, value(field.getType(), named == null ? null : named.value(), where, context));
  }

  private Object value(Class<?> type, String named, String where, ExtensionContext context) {
    if (!injectable(type)) {
      throw new ExtensionConfigurationException(
          "@Hangar "
              + where
              + " has the type "
              + type.getName()
              + ", which Hangar cannot inject; it injects "
              + SUPPORTED);
    }
    if (type == EventSources.class && Target.current() == Target.AWS) {
      throw new ExtensionConfigurationException(
          where
              + " asks for EventSources, which Hangar does not offer with "
              + Target.PROPERTY
              + "=aws: it does not read real DynamoDB streams into in-process functions, so"
              + " drain() would deliver nothing; run this test against the fakes, or assert on"
              + " the stream itself with assertThat(table.stream())");
    }
    HarnessResource resource = engine.resource(context, true);
    if (type == Harness.class) {
      return resource.harness();
    }
    if (type == HarnessClock.class) {
      return resource.harness().clock();
    }
    if (type == DynamoTable.class) {
      return new DynamoTable(resource.harness(), TableNames.resolve(resource.template(), named, where));
    }
    if (type == Lambda.class) {
      return resource.harness().lambda();
    }
    if (type == EventSources.class) {
      return resource.harness().lambda().eventSources();
    }
    if (type == FakeGateway.class) {
      return ApiHandles.gateway(resource.harness(), where);
    }
    if (type == WebSocketGateway.class) {
      return ApiHandles.webSockets(resource.harness(), where);
    }
    if (type == GatewayClient.class) {
      return ApiHandles.client(resource, named, where);
    }
    if (type == ApiKey.class) {
      return ApiHandles.apiKey(resource, named, where);
    }
    if (type == WebSocketConnector.class) {
      return ApiHandles.connector(resource, named, where);
    }
    return clients(resource)
        .computeIfAbsent(
            type,
            t -> {
              SdkClients.Client client = SdkClients.forHarness(t, resource.harness());
              resource.own(client.resource());
              return client;
            })
        .value();
  }

  @SuppressWarnings("unchecked")
  private static Map<Class<?>, SdkClients.Client> clients(HarnessResource resource) {
    return (Map<Class<?>, SdkClients.Client>)
        resource.attachments().computeIfAbsent("sdk-clients", k -> new ConcurrentHashMap<>());
  }

  private static ExtensionConfigurationException unknownName(
      String wanted, String where, ExtensionContext context) {
    return new ExtensionConfigurationException(
        "@Hangar(\""
            + wanted
            + "\") on "
            + where
            + " names no Hangar extension of this test class; the extensions are: "
            + ExtensionNames.of(context).names());
  }

  /** Closes an SDK client when its test's scope ends, under JUnit 5.10 and 6 alike. */
  @FunctionalInterface
  private interface CloseableClient extends ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    void close() throws Exception;
  }
}
