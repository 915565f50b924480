package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.junit.internal.template.EventSpec;
import dev.hangar.junit.internal.template.FunctionSpec;
import dev.hangar.junit.internal.template.Template;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Creates the event source mappings of a template's stream triggers ({@code Events} of type {@code
 * DynamoDB}) on the tables' streams, as SAM's transform and CloudFormation create an {@code
 * AWS::Lambda::EventSourceMapping} for each.
 */
final class StreamWiring {
  private StreamWiring() {}

  static void wire(
      Harness harness,
      Template template,
      Map<String, String> streamArns,
      DeliveryMode delivery,
      String origin) {
    harness.lambda().eventSources().deliveryMode(delivery);
    for (FunctionSpec function : template.functions()) {
      for (EventSpec event : function.events()) {
        if (event instanceof EventSpec.DynamoDb stream) {
          create(harness, template, function, stream, streamArns, origin);
        }
      }
    }
  }

  private static void create(
      Harness harness,
      Template template,
      FunctionSpec function,
      EventSpec.DynamoDb event,
      Map<String, String> streamArns,
      String origin) {
    String arn = streamArns.get(event.tableLogicalId());
    try {
      harness
          .lambda()
          .eventSources()
          .create(
              EventSourceMapping.fromSamProperties(
                  function.functionName(), arn, event.samProperties()));
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          origin
              + ": the DynamoDB event "
              + event.name()
              + " of function "
              + function.logicalId()
              + " in "
              + template.file()
              + " could not be mapped to the stream of "
              + event.tableLogicalId()
              + " ("
              + arn
              + "): "
              + e.getMessage(),
          e);
    }
  }
}
