package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * An HTTP API (payload 2.0) handler for {@code HttpApiFeaturesTest}: answers with the route that
 * matched, the path, the stage and the customer a Lambda authorizer's context names, so a test sees
 * what API Gateway delivered.
 */
public class RouteEchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        var requestContext = event.getRequestContext();
        var authorizer = requestContext.getAuthorizer();
        Map<String, Object> lambda = authorizer == null ? null : authorizer.getLambda();
        Object customer = lambda == null ? "-" : lambda.get("customerId");
        String body = "{\"routeKey\": \"" + event.getRouteKey() + "\", \"rawPath\": \"" + event.getRawPath()
                + "\", \"stage\": \"" + requestContext.getStage() + "\", \"customerId\": \"" + customer + "\"}";
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(body).build();
    }
}
