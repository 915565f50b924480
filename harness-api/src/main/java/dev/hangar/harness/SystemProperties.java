package dev.hangar.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sets and restores the system properties through which unconfigured SDK clients find a harness. */
final class SystemProperties {
  static final String SYNC_HTTP_SERVICE = "software.amazon.awssdk.http.service.impl";
  static final String ASYNC_HTTP_SERVICE = "software.amazon.awssdk.http.async.service.impl";
  static final String SYNC_IMPL = "dev.hangar.harness.internal.transport.HangarSdkHttpService";
  static final String ASYNC_IMPL =
      "dev.hangar.harness.internal.transport.HangarSdkAsyncHttpService";

  private SystemProperties() {}

  /**
   * Selects Hangar's HTTP services for the SDK, without touching anything else. Safe to call more
   * than once; must happen before the first SDK client of the JVM is built to have an effect.
   */
  static synchronized void selectHangarHttpServices() {
    System.setProperty(SYNC_HTTP_SERVICE, SYNC_IMPL);
    System.setProperty(ASYNC_HTTP_SERVICE, ASYNC_IMPL);
  }

  static synchronized AutoCloseable activate(String endpoint, String region) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SYNC_HTTP_SERVICE, SYNC_IMPL);
    values.put(ASYNC_HTTP_SERVICE, ASYNC_IMPL);
    values.put("aws.region", region);
    values.put("aws.accessKeyId", "hangar");
    values.put("aws.secretAccessKey", "hangar");
    values.put("aws.endpointUrl", endpoint);
    Map<String, String> previous = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      previous.put(entry.getKey(), System.getProperty(entry.getKey()));
      System.setProperty(entry.getKey(), entry.getValue());
    }
    return () -> restore(previous, values);
  }

  private static synchronized void restore(Map<String, String> previous, Map<String, String> set) {
    for (Map.Entry<String, String> entry : previous.entrySet()) {
      String key = entry.getKey();
      // Only put back what still holds this activation's value: a later activation owns the rest.
      if (!set.get(key).equals(System.getProperty(key))) {
        continue;
      }
      if (key.equals(SYNC_HTTP_SERVICE) || key.equals(ASYNC_HTTP_SERVICE)) {
        // The SDK caches its HTTP choice for the JVM; keeping Hangar's selected is harmless,
        // because hosts that belong to no harness pass through to the real client.
        continue;
      }
      if (entry.getValue() == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, entry.getValue());
      }
    }
  }
}
