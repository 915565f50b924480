package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.internal.dynamo.TableProvisioner;
import dev.hangar.junit.internal.flight.FlightLog;
import dev.hangar.junit.internal.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Builds a harness for a configuration and its template, and creates the template's tables in it
 * through DynamoDB's protocol. The fakes that give a template's functions and APIs a body (the
 * Lambda runtime, FakeGateway) are wired here as they land; until then a template that declares
 * any of them is refused with the list of what is missing, rather than loaded into a harness that
 * silently lacks it.
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
              + ", and this build of hangar-junit cannot build them yet (the Lambda runtime and the"
              + " API Gateway fakes are not wired into the extension)");
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
      for (Supplier<? extends AwsService> service : settings.services()) {
        builder.service(service.get());
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

  private static String declaredUnwired(Template template) {
    List<String> parts = new ArrayList<>();
    template.functions().forEach(f -> parts.add("function " + f.logicalId()));
    template.restApis().forEach(a -> parts.add("REST API " + a.logicalId()));
    template.httpApis().forEach(a -> parts.add("HTTP API " + a.logicalId()));
    template.webSocketApis().forEach(a -> parts.add("WebSocket API " + a.logicalId()));
    return String.join(", ", parts);
  }
}
