package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;

/** A Lambda REQUEST authorizer: lets in the connections whose {@code ?token=} is {@code let-me-in}. */
public class ChatAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    Map<?, ?> query = (Map<?, ?>) event.get("queryStringParameters");
    boolean allowed = query != null && "let-me-in".equals(query.get("token"));
    return Map.of(
        "principalId", "ada",
        "policyDocument", Map.of(
            "Version", "2012-10-17",
            "Statement", List.of(Map.of(
                "Action", "execute-api:Invoke",
                "Effect", allowed ? "Allow" : "Deny",
                "Resource", event.get("methodArn")))));
  }
}
