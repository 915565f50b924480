package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.Map;

/**
 * An audit trail fed by the order table's stream, for {@code StreamMappingFailuresTest}: it logs each
 * audit entry it records, and fails the whole batch on an entry it cannot audit (one whose {@code
 * auditor} is {@code nobody}), as a handler without {@code ReportBatchItemFailures} does.
 */
public class OrderAuditHandler implements RequestHandler<DynamodbEvent, String> {
    @Override
    public String handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            Map<String, AttributeValue> image = record.getDynamodb().getNewImage();
            String entry = image.get("pk").getS();
            if ("nobody".equals(image.get("auditor").getS())) {
                throw new IllegalStateException("No auditor for " + entry);
            }
            context.getLogger().log("audited " + entry);
        }
        return "ok";
    }
}
