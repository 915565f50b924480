package dev.hangar.samples.orders.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.RealtimeRepository;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Consumes the orders table's stream (with {@code ReportBatchItemFailures}): each order change is
 * projected, then pushed to subscribers. Records are handled in order; at the first failure the
 * handler stops and reports that record, so that Lambda retries from it and no later change of the
 * same order overtakes it ("Configuring partial batch response with DynamoDB and Lambda").
 */
public class OrderStreamHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final CustomerSummaryProjector projector;
    private final SubscriberNotifier notifier;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK clients once per execution environment, configured from the environment. */
    public OrderStreamHandler() {
        DynamoDbClient dynamo = DynamoDbClient.create();
        String table = EnvironmentVariables.required("TABLE_NAME");
        ApiGatewayManagementApiClient connections = ApiGatewayManagementApiClient.builder()
                .endpointOverride(URI.create(EnvironmentVariables.required("WEBSOCKET_CALLBACK_URL")))
                .build();
        this.projector = new CustomerSummaryProjector(dynamo, table);
        this.notifier = new SubscriberNotifier(new RealtimeRepository(dynamo, table), connections);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            try {
                Optional<OrderChange> change = OrderChange.from(record);
                if (change.isPresent()) {
                    boolean projected = projector.project(change.get(), clock.instant());
                    int pushed = notifier.notify(change.get());
                    context.getLogger().log("Order " + change.get().orderId() + " " + change.get().previousStatus()
                            + " -> " + change.get().status() + (projected ? "" : " (already projected)")
                            + ", pushed to " + pushed);
                }
            } catch (RuntimeException e) {
                String sequenceNumber = record.getDynamodb().getSequenceNumber();
                context.getLogger().log("Failed at record " + sequenceNumber + ": " + e);
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(sequenceNumber)));
            }
        }
        return new StreamsEventResponse(List.of());
    }
}
