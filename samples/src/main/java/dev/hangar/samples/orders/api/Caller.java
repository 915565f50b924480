package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.hangar.samples.orders.auth.AuthorizerContext;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.OrderRecord;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling the REST API, as the token authorizer established it.
 *
 * @param customerId the customer the token belongs to
 * @param scopes the token's scopes
 */
public record Caller(String customerId, Set<String> scopes) {
    /** Copies the scopes. */
    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /**
     * Reads the caller from the authorizer's context.
     *
     * @param event the request as API Gateway delivered it
     * @return the caller
     * @throws IllegalStateException when the route has no authorizer: a deployment mistake, not the client's
     */
    public static Caller of(APIGatewayProxyRequestEvent event) {
        Map<String, Object> authorizer = event.getRequestContext() == null ? null
                : event.getRequestContext().getAuthorizer();
        Object customerId = authorizer == null ? null : authorizer.get(AuthorizerContext.CUSTOMER_ID);
        if (customerId == null) {
            throw new IllegalStateException("No authorizer context on " + event.getHttpMethod() + " "
                    + event.getResource() + "; the route must use the TokenAuthorizer (template.yaml)");
        }
        Object scopes = authorizer.get(AuthorizerContext.SCOPES);
        Set<String> parsed = scopes == null ? Set.of()
                : Arrays.stream(scopes.toString().split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new Caller(customerId.toString(), parsed);
    }

    /**
     * @param scope a scope from {@link Scopes}
     * @return true when the token carries it
     */
    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    /**
     * Whether the caller may see an order: its owner, or fulfilment staff.
     *
     * @param order the order
     * @return true when visible
     */
    public boolean canSee(OrderRecord order) {
        return customerId.equals(order.getCustomerId()) || has(Scopes.FULFIL);
    }
}
