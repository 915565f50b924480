package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.internal.dynamo.TableProvisioner;
import dev.hangar.junit.internal.flight.FlightLog;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.junit.internal.template.EventSpec;
import dev.hangar.junit.internal.template.FunctionSpec;
import dev.hangar.junit.internal.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Builds a harness for a configuration and its template: FakeDynamo with the template's tables
 * (created through DynamoDB's protocol), and the template's functions registered with the harness's
 * Lambda runtime. The fakes that give a template's APIs and stream triggers a body are wired here
 * as they land; until then a template that declares any of them is refused with the list of what
 * is missing, rather than loaded into a harness that silently lacks it.
 */
final class HarnessAssembly {
  private HarnessAssembly() {}

  static HarnessResource build(Settings settings, Template template) {
    if (template != null && !declaredUnwired(template).isEmpty()) {
      throw new ExtensionConfigurationException(
          settings.origin()
              + ": the template "
              + template.file()
              + " declares "
              + declaredUnwired(template)
              + ", and this build of hangar-junit cannot build them yet (stream triggers and"
              + " WebSocket APIs are not wired into the extension)");
    }
    HarnessClock clock =
        settings.clockStart() == null ? HarnessClock.system() : HarnessClock.fixed(settings.clockStart());
    Harness harness;
    try {
      Harness.Builder builder =
          Harness.builder()
              .region(settings.region())
              .accountId(settings.accountId())
              .clock(clock)
              .seed(settings.seed());
      // The user's services first: the harness offers each request in order, so theirs win.
      for (Supplier<? extends AwsService> service : settings.services()) {
        builder.service(service.get());
      }
      builder.service(FakeDynamo.create());
      FakeGateway gateway = template == null ? null : GatewayWiring.gateway(template, settings.origin());
      if (gateway != null) {
        builder.service(gateway);
      }
      harness = builder.build();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(settings.origin() + ": " + e.getMessage(), e);
    }
    FlightLog log = new FlightLog(clock);
    HarnessResource resource = new HarnessResource(harness, template, log);
    resource.own(clock.onAdvance(now -> log.record("clock", "moved to " + now, "")));
    if (template != null) {
      try {
        TableProvisioner.provision(harness, template, settings.origin());
        FunctionRegistration.register(harness, template, settings.origin());
      } catch (RuntimeException e) {
        resource.close();
        throw e;
      }
    }
    log.record(
        "hangar",
        "built " + harness + (template == null ? "" : " from " + template.file()),
        "");
    return resource;
  }

  private static String event(FunctionSpec function, EventSpec event) {
    String kind =
        event instanceof EventSpec.Api
            ? "REST API"
            : event instanceof EventSpec.HttpApi ? "HTTP API" : "DynamoDB stream";
    return kind + " event " + event.name() + " of function " + function.logicalId();
  }

  private static String declaredUnwired(Template template) {
    List<String> parts = new ArrayList<>();
    template.functions().forEach(
        f ->
            f.events().stream()
                .filter(EventSpec.DynamoDb.class::isInstance)
                .forEach(e -> parts.add(event(f, e))));
    template.webSocketApis().forEach(a -> parts.add("WebSocket API " + a.logicalId()));
    return String.join(", ", parts);
  }
}
