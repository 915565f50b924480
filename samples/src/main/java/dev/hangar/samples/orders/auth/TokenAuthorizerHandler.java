package dev.hangar.samples.orders.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.ApiTokenRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The REST API's TOKEN authorizer. A missing, malformed, unknown or expired token is 401
 * (Unauthorized); a revoked token is an explicit Deny (403); a valid one an Allow whose context
 * carries the customer and scopes to the functions.
 */
public class TokenAuthorizerHandler implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponse> {
    private final TokenVerifier verifier;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public TokenAuthorizerHandler() {
        this.verifier = new TokenVerifier(
                new ApiTokenRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME")));
    }

    @Override
    public IamPolicyResponse handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        MethodArn methodArn = MethodArn.parse(event.getMethodArn());
        String token = BearerToken.parse(event.getAuthorizationToken()).orElseThrow(UnauthorizedException::new);
        TokenVerifier.Verdict verdict = verifier.verify(token, clock.instant());
        return switch (verdict.kind()) {
            case UNKNOWN -> throw new UnauthorizedException();
            case REVOKED -> {
                context.getLogger().log("Denied a revoked token of " + verdict.customerId());
                yield AuthorizerPolicies.deny(methodArn, verdict.customerId());
            }
            case VALID -> AuthorizerPolicies.allow(methodArn, verdict.customerId(), verdict.scopes());
        };
    }
}
