package dev.hangar.samples.orders.notify;

import dev.hangar.samples.orders.JsonCodec;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Asks the confirmation function to confirm an order, without waiting for it: an {@code Event}
 * invocation is queued by Lambda (202 Accepted) and retried by Lambda if the function fails.
 */
public final class OrderConfirmations {
    private final LambdaClient lambda;
    private final String functionName;

    /**
     * @param lambda the client every invocation goes through
     * @param functionName the confirmation function's name or ARN
     */
    public OrderConfirmations(LambdaClient lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    /**
     * Queues the confirmation of a placed order.
     *
     * @param orderId the order's id
     * @return the request id Lambda gave the queued invocation
     * @throws IllegalStateException when Lambda did not accept the event
     */
    public String request(String orderId) {
        InvokeResponse response = lambda.invoke(InvokeRequest.builder()
                .functionName(functionName)
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(JsonCodec.write(Map.of(OrderConfirmationHandler.ORDER_ID, orderId))))
                .build());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Lambda answered " + response.statusCode() + " to the Event invocation of "
                    + functionName + " for order " + orderId);
        }
        return response.responseMetadata().requestId();
    }
}
