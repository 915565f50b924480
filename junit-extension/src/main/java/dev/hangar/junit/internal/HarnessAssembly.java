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
   * serves every DynamoDB request alone. Gateways are no default: the template's are built from
   * its APIs and answer only those APIs' hosts, so a user's FakeGateway or WebSocketGateway is
   * added beside them (offered requests first) and injection finds the template's APIs in the
   * template's gateway.
   */
  static HarnessResource build(Settings settings, Template template) {
    HarnessClock clock =
        settings.clockStart() == null ? HarnessClock.system() : HarnessClock.fixed(settings.clockStart());
    FlightLog log = new FlightLog(clock);
    Harness harness;
    FakeGateway gateway = null;
    WebSocketGateway webSockets = null;
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
        // Gateways answer only their own APIs' hosts, so a user's sits beside the template's.
        gateway = GatewayWiring.gateway(template, settings.origin(), settings.jwks());
        if (gateway != null) {
          builder.service(gateway);
        }
        webSockets = WebSocketWiring.gateway(template, settings.origin());
        if (webSockets != null) {
          builder.service(webSockets);
        }
      }
      harness = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ExtensionConfigurationException(settings.origin() + ": " + e.getMessage(), e);
    }
    HarnessResource resource = new HarnessResource(harness, template, log);
    if (gateway != null) {
      resource.attachments().put(ApiHandles.TEMPLATE_GATEWAY, gateway);
    }
    if (webSockets != null) {
      resource.attachments().put(ApiHandles.TEMPLATE_WEBSOCKETS, webSockets);
    }
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

  private static String conflict(Settings settings, String name) {
    return settings.origin()
        + ": a service(...) named '"
        + name
        + "' replaces Hangar's own '"
        + name
        + "'";
  }
}
