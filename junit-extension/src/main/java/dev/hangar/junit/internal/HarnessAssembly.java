package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.junit.internal.dynamo.TableProvisioner;
import dev.hangar.junit.internal.flight.FlightLog;
import dev.hangar.junit.internal.flight.RequestRecorder;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.junit.internal.template.Template;
import dev.hangar.gateway.websocket.WebSocketGateway;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Builds a harness for a configuration and its template: FakeDynamo with the template's tables
 * (created through DynamoDB's protocol), the template's functions registered with the harness's
 * Lambda runtime, its REST and HTTP APIs in a FakeGateway, its WebSocket APIs in a
 * WebSocketGateway, and its stream triggers as event source mappings on the tables' streams.
 */
final class HarnessAssembly {
  private HarnessAssembly() {}

  /**
   * A service the user gave ({@code HangarExtension.Builder.service}) replaces Hangar's default of
   * the same {@link AwsService#name()}: a FakeDynamo of one's own (with a data directory, say)
   * serves every DynamoDB request alone. A gateway built from the template's APIs cannot be
   * replaced without losing them, so that conflict is refused.
   */
  static HarnessResource build(Settings settings, Template template) {
    HarnessClock clock =
        settings.clockStart() == null ? HarnessClock.system() : HarnessClock.fixed(settings.clockStart());
    FlightLog log = new FlightLog(clock);
    Harness harness;
    try {
      Harness.Builder builder =
          Harness.builder()
              .region(settings.region())
              .accountId(settings.accountId())
              .clock(clock)
              .seed(settings.seed())
              .observer(new RequestRecorder(log));
      // The user's services first: the harness offers each request in order, so theirs win.
      Set<String> own = new HashSet<>();
      for (Supplier<? extends AwsService> service : settings.services()) {
        AwsService made = service.get();
        own.add(made.name());
        builder.service(made);
      }
      boolean real = Target.current() == Target.AWS;
      if (real) {
        RealTarget.refuseUnsupported(template, settings.origin());
      }
      FakeDynamo defaultDynamo = FakeDynamo.create();
      if (!own.contains(defaultDynamo.name())) {
        builder.service(real ? RealTarget.dynamo(settings.region(), settings.origin()) : defaultDynamo);
      } else if (real) {
        throw new ExtensionConfigurationException(
            conflict(settings, defaultDynamo.name())
                + ", but hangar.target=aws sends DynamoDB requests to the real endpoint; remove the"
                + " service(...) or run against the fakes");
      }
      if (template != null) {
        FakeGateway gateway = GatewayWiring.gateway(template, settings.origin(), settings.jwks());
        if (gateway != null) {
          builder.service(refuseReplaced(gateway, own, settings, template));
        }
        WebSocketGateway webSockets = WebSocketWiring.gateway(template, settings.origin());
        if (webSockets != null) {
          builder.service(refuseReplaced(webSockets, own, settings, template));
        }
      }
      harness = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ExtensionConfigurationException(settings.origin() + ": " + e.getMessage(), e);
    }
    HarnessResource resource = new HarnessResource(harness, template, log);
    // Seeds and resets write before any test starts, and a trigger delivered on append runs then:
    // a handler that builds its SDK client in its constructor must already see the ambient
    // endpoint, or its warm environment keeps AWS's real one.
    resource.own(AmbientProperties.acquire(harness.region()));
    resource.own(clock.onAdvance(now -> log.record("clock", "moved to " + now, "")));
    if (template != null) {
      try {
        if (Target.current() == Target.AWS) {
          // Owned before provisioning, so that tables created before a failure are deleted too.
          resource.own(() -> TableProvisioner.dropTemplateTables(harness, template, false));
          resource.own(RealTarget.refuseTimeToLiveTravel(clock, template));
        }
        Map<String, String> streams =
            TableProvisioner.provision(
                harness, template, settings.origin(), Target.current() == Target.AWS);
        FunctionRegistration.register(harness, template, settings.origin());
        StreamWiring.wire(harness, template, streams, settings.streamDelivery(), settings.origin());
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

  private static AwsService refuseReplaced(
      AwsService fromTemplate, Set<String> own, Settings settings, Template template) {
    if (own.contains(fromTemplate.name())) {
      throw new ExtensionConfigurationException(
          conflict(settings, fromTemplate.name())
              + ", but Hangar builds that service from the APIs of "
              + template.file()
              + " and one of yours would hide them; add your APIs to the template, or leave"
              + " the template's APIs out and keep your service");
    }
    return fromTemplate;
  }

  private static String conflict(Settings settings, String name) {
    return settings.origin()
        + ": a service(...) named '"
        + name
        + "' replaces Hangar's own '"
        + name
        + "'";
  }
}
