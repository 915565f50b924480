package dev.hangar.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the resource a parameter or {@link Hangar @Hangar} field stands for: for a {@link
 * DynamoTable}, a logical id of the template ({@code OrdersTable}) or a physical table name; for a
 * {@code GatewayClient} or {@code WebSocketConnector}, the logical id of the template's API ({@code
 * OrdersHttpApi}, or SAM's implicit {@code ServerlessRestApi} / {@code ServerlessHttpApi}); for an
 * {@link ApiKey}, the logical id of the template's key ({@code PartnerApiKey}, or SAM's generated
 * {@code OrdersRestApiApiKey}). Not
 * needed when the template declares exactly one resource of that kind.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface Named {
  /**
   * The logical id or physical name.
   *
   * @return the name
   */
  String value();
}
