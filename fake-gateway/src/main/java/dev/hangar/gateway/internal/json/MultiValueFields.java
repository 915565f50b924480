package dev.hangar.gateway.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Payload 1.0's pairs of fields for repeatable values ({@code headers} with {@code
 * multiValueHeaders}, {@code queryStringParameters} with {@code multiValueQueryStringParameters}),
 * as REST API and WebSocket events carry them: the single-value field holds each name's last value,
 * the multi-value field all of them in order.
 */
public final class MultiValueFields {
  private MultiValueFields() {}

  /**
   * Adds both fields to an event.
   *
   * @param event the event
   * @param singleField the single-value field's name
   * @param multiField the multi-value field's name
   * @param values each name's values in arrival order, none empty
   */
  public static void put(
      ObjectNode event, String singleField, String multiField, Map<String, List<String>> values) {
    ObjectNode single = event.putObject(singleField);
    ObjectNode multi = event.putObject(multiField);
    values.forEach(
        (name, list) -> {
          single.put(name, list.get(list.size() - 1));
          ArrayNode all = multi.putArray(name);
          list.forEach(all::add);
        });
  }
}
