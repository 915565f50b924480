package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.OrderRepository;
import dev.hangar.samples.orders.store.TableKeys;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * {@code PUT /orders/{orderId}/delivery-proof}: the courier's photo of a delivered parcel, a PNG or
 * JPEG image of at most {@value #MAX_BYTES} bytes, uploaded by fulfilment staff. The API lists both
 * image types among its binary media types, so the body arrives base64-encoded; it is stored as a
 * binary attribute next to the order (DynamoDB items hold up to 400 KB).
 */
public class DeliveryProofHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    /** The largest image accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final DynamoDbClient dynamo;
    private final OrderRepository orders;
    private final String tableName;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public DeliveryProofHandler() {
        this.dynamo = DynamoDbClient.create();
        this.tableName = EnvironmentVariables.required("TABLE_NAME");
        this.orders = new OrderRepository(dynamo, tableName);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(event);
        if (!caller.has(Scopes.FULFIL)) {
            return ApiResponses.error(403, "Uploading a delivery proof needs the " + Scopes.FULFIL + " scope");
        }
        Optional<String> orderId = GetOrderHandler.orderId(event);
        if (orderId.flatMap(orders::find).isEmpty()) {
            return ApiResponses.error(404, "Order not found");
        }
        String contentType = RequestHeaders.find(event.getHeaders(), "Content-Type").orElse("");
        byte[] image = body(event);
        if (!(contentType.equals("image/png") && startsWith(image, PNG))
                && !(contentType.equals("image/jpeg") && startsWith(image, JPEG))) {
            return ApiResponses.error(415, "The delivery proof must be a PNG or JPEG image sent as image/png or image/jpeg");
        }
        if (image.length > MAX_BYTES) {
            return ApiResponses.error(413, "The delivery proof is " + image.length + " bytes; the limit is " + MAX_BYTES);
        }
        dynamo.putItem(PutItemRequest.builder().tableName(tableName).item(Map.of(
                "pk", AttributeValue.fromS(TableKeys.orderPk(orderId.get())),
                "sk", AttributeValue.fromS(TableKeys.DELIVERY_PROOF_SK),
                "image", AttributeValue.fromB(SdkBytes.fromByteArray(image)),
                "contentType", AttributeValue.fromS(contentType),
                "uploadedBy", AttributeValue.fromS(caller.customerId()),
                "uploadedAt", AttributeValue.fromS(clock.instant().toString()))).build());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId.get());
        body.put("contentType", contentType);
        body.put("bytes", image.length);
        return ApiResponses.json(201, body);
    }

    // API Gateway base64-encodes bodies of binary media types; anything else arrives as text.
    private static byte[] body(APIGatewayProxyRequestEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        return Boolean.TRUE.equals(event.getIsBase64Encoded())
                ? Base64.getDecoder().decode(body)
                : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
