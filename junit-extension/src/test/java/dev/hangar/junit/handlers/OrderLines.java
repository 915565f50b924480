package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** Answers an order whose numbers sit at several depths of the JSON body. */
public class OrderLines implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(200)
        .withBody(
            "{\"total\":10,\"lines\":[{\"sku\":\"a\",\"quantity\":4,\"price\":2.50},"
                + "{\"sku\":\"b\",\"quantity\":1,\"price\":0.0}]}")
        .build();
  }
}
