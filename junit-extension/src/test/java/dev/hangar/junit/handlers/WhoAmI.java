package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** Answers with the subject of the JWT that the HTTP API's authorizer accepted. */
public class WhoAmI implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String subject = event.getRequestContext().getAuthorizer().getJwt().getClaims().get("sub");
    context.getLogger().log("hello " + subject);
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(200)
        .withBody("{\"sub\":\"" + subject + "\"}")
        .build();
  }
}
