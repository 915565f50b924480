package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.ContentDigest;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.JsonCodec;
import dev.hangar.samples.orders.NewOrder;
import dev.hangar.samples.orders.OrderRequestParser;
import dev.hangar.samples.orders.OrderStatus;
import dev.hangar.samples.orders.Validated;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.notify.OrderConfirmations;
import dev.hangar.samples.orders.store.CreateOutcome;
import dev.hangar.samples.orders.store.IdempotencyRecord;
import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import dev.hangar.samples.orders.store.TableKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code POST /orders}: places an order for the calling customer. The order starts PENDING and expires
 * (DynamoDB TTL) unless paid within {@code PAYMENT_WINDOW_MINUTES}. A client may send an
 * {@code Idempotency-Key} header: retrying with the same key and body returns the same order (200)
 * instead of placing another; the same key with a different body is refused (422), and a retry racing
 * the original request is told to retry (409), as the IETF Idempotency-Key draft describes. A new
 * order's confirmation is queued for {@code CONFIRMATION_FUNCTION_NAME} (an asynchronous invocation),
 * so the customer's answer does not wait for it.
 */
public class CreateOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    /** How long an idempotency key protects against duplicates. */
    public static final Duration KEY_RETENTION = Duration.ofHours(24);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final OrderRepository orders;
    private final OrderConfirmations confirmations;
    private final Duration paymentWindow;
    private final OrderRequestParser parser = new OrderRequestParser();
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public CreateOrderHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
        this.confirmations = new OrderConfirmations(LambdaClient.create(),
                EnvironmentVariables.required("CONFIRMATION_FUNCTION_NAME"));
        this.paymentWindow = EnvironmentVariables.minutes("PAYMENT_WINDOW_MINUTES", 30);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(event);
        if (!caller.has(Scopes.WRITE)) {
            return ApiResponses.error(403, "Placing orders requires the " + Scopes.WRITE + " scope");
        }
        Optional<String> key = RequestHeaders.find(event.getHeaders(), "Idempotency-Key");
        if (key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches()) {
            return ApiResponses.invalid(List.of("Idempotency-Key must be 8 to 64 letters, digits, '-' or '_'"));
        }
        Validated<NewOrder> request = parser.parse(event.getBody());
        if (!request.isValid()) {
            return ApiResponses.invalid(request.errors());
        }
        Instant now = clock.instant();
        OrderRecord order = placed(caller.customerId(), request.value(), now);
        Optional<IdempotencyRecord> keyRecord = key.map(k -> idempotency(caller.customerId(), k, request.value(),
                order.getOrderId(), now));
        CreateOutcome outcome = orders.create(order, keyRecord, now);
        context.getLogger().log("Create order " + order.getOrderId() + " for " + caller.customerId() + ": "
                + outcome.kind());
        return switch (outcome.kind()) {
            case CREATED -> {
                context.getLogger().log("Confirmation of order " + order.getOrderId() + " queued as "
                        + confirmations.request(order.getOrderId()));
                yield ApiResponses.json(201, OrderView.of(order)).withHeaders(withLocation(order.getOrderId()));
            }
            case REPLAYED -> orders.find(outcome.orderId())
                    .map(earlier -> ApiResponses.json(200, OrderView.of(earlier)))
                    .orElseGet(() -> ApiResponses.error(409,
                            "The order this Idempotency-Key created has expired; use a new key"));
            case KEY_REUSED -> ApiResponses.error(422, "Idempotency-Key was already used for a different request");
            case IN_PROGRESS -> ApiResponses.error(409,
                    "A request with this Idempotency-Key is being processed; retry shortly");
        };
    }

    private OrderRecord placed(String customerId, NewOrder request, Instant now) {
        OrderRecord order = new OrderRecord();
        String orderId = UUID.randomUUID().toString();
        order.setPk(TableKeys.orderPk(orderId));
        order.setSk(TableKeys.ORDER_SK);
        order.setGsi1pk(TableKeys.customerPk(customerId));
        order.setGsi1sk(TableKeys.customerOrderSk(OrderStatus.PENDING.name(), now, orderId));
        order.setOrderId(orderId);
        order.setCustomerId(customerId);
        order.setStatus(OrderStatus.PENDING.name());
        order.setCurrency(request.currency());
        order.setLines(request.lines().stream()
                .map(line -> new OrderLine(line.sku(), line.quantity(), line.unitPriceCents())).toList());
        order.setTotalCents(request.totalCents());
        order.setCreatedAt(now);
        order.setUpdatedAt(now);
        order.setVersion(1);
        order.setExpiresAt(now.plus(paymentWindow).getEpochSecond());
        return order;
    }

    private static IdempotencyRecord idempotency(String customerId, String key, NewOrder request, String orderId,
            Instant now) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.setPk(TableKeys.idempotencyPk(customerId, key));
        record.setSk(IdempotencyRecord.SK);
        record.setOrderId(orderId);
        // The digest of the parsed request, so that a retry differing only in whitespace still matches.
        record.setRequestDigest(ContentDigest.sha256Hex(JsonCodec.write(request)));
        record.setExpiresAt(now.plus(KEY_RETENTION).getEpochSecond());
        return record;
    }

    private static Map<String, String> withLocation(String orderId) {
        return Map.of("Content-Type", "application/json", "Location", "/orders/" + orderId);
    }
}
