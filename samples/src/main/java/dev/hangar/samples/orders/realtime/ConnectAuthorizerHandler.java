package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.auth.AuthorizerPolicies;
import dev.hangar.samples.orders.auth.TokenVerifier;
import dev.hangar.samples.orders.auth.UnauthorizedException;
import dev.hangar.samples.orders.store.ApiTokenRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The WebSocket API's REQUEST authorizer on {@code $connect}. Browsers cannot set headers on a
 * WebSocket handshake, so the token comes as {@code ?token=} (the authorizer's identity source: API
 * Gateway refuses a handshake without it, 401, before this runs). An unknown or expired token is 401
 * (Unauthorized), a revoked one an explicit Deny (403), a valid one an Allow of this connection whose
 * context names the customer for {@code ConnectFunction}.
 */
public class ConnectAuthorizerHandler implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponse> {
    private final TokenVerifier verifier;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public ConnectAuthorizerHandler() {
        this.verifier = new TokenVerifier(
                new ApiTokenRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME")));
    }

    @Override
    public IamPolicyResponse handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        Map<String, String> query = event.getQueryStringParameters();
        TokenVerifier.Verdict verdict = verifier.verify(query == null ? null : query.get("token"), clock.instant());
        return switch (verdict.kind()) {
            case UNKNOWN -> {
                context.getLogger().log("Refused a connection: token UNKNOWN");
                throw new UnauthorizedException();
            }
            case REVOKED -> {
                context.getLogger().log("Refused a connection: token REVOKED, of " + verdict.customerId());
                yield AuthorizerPolicies.denyExactly(event.getMethodArn(), verdict.customerId());
            }
            case VALID -> AuthorizerPolicies.allowExactly(event.getMethodArn(), verdict.customerId(), verdict.scopes());
        };
    }
}
