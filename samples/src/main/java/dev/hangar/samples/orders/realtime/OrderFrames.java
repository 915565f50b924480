package dev.hangar.samples.orders.realtime;

import dev.hangar.samples.orders.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON messages the server pushes to WebSocket clients. */
public final class OrderFrames {
    private OrderFrames() {
    }

    /**
     * @param orderId the order
     * @param status its status at subscription
     * @param version its version at subscription
     * @return {@code {"type":"subscribed",...}}
     */
    public static String subscribed(String orderId, String status, long version) {
        Map<String, Object> frame = frame("subscribed", orderId);
        frame.put("status", status);
        frame.put("version", version);
        return JsonCodec.write(frame);
    }

    /**
     * @param orderId the order
     * @return {@code {"type":"unsubscribed",...}}
     */
    public static String unsubscribed(String orderId) {
        return JsonCodec.write(frame("unsubscribed", orderId));
    }

    /**
     * @param orderId the order
     * @param previousStatus its status before the change; null when it was just created
     * @param status its status now, or EXPIRED / DELETED when the order is gone
     * @param version its version after the change
     * @return {@code {"type":"orderUpdated",...}}
     */
    public static String updated(String orderId, String previousStatus, String status, long version) {
        Map<String, Object> frame = frame("orderUpdated", orderId);
        frame.put("previousStatus", previousStatus);
        frame.put("status", status);
        frame.put("version", version);
        return JsonCodec.write(frame);
    }

    /**
     * @param orderId the order the request named, may be null
     * @param message what went wrong
     * @return {@code {"type":"error",...}}
     */
    public static String error(String orderId, String message) {
        Map<String, Object> frame = frame("error", orderId);
        frame.put("message", message);
        return JsonCodec.write(frame);
    }

    private static Map<String, Object> frame(String type, String orderId) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("orderId", orderId);
        return frame;
    }
}
