package dev.hangar.samples.orders.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.OrderRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
    @Test
    void of_readsCustomerAndScopesFromTheAuthorizerContext() {
        Caller caller = Caller.of(request(Map.of("customerId", "c-1", "scopes", "orders:write orders:fulfil",
                "principalId", "c-1", "integrationLatency", 12)));

        assertThat(caller).isEqualTo(new Caller("c-1", Set.of(Scopes.WRITE, Scopes.FULFIL)));
    }

    @Test
    void of_emptyScopes_isReadOnly() {
        Caller caller = Caller.of(request(Map.of("customerId", "c-1", "scopes", "")));

        assertThat(caller.scopes()).isEmpty();
        assertThat(caller.has(Scopes.WRITE)).isFalse();
    }

    @Test
    void of_routeWithoutAuthorizer_failsNamingTheRoute() {
        APIGatewayProxyRequestEvent event = request(null).withHttpMethod("POST").withResource("/orders");

        assertThatThrownBy(() -> Caller.of(event))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No authorizer context on POST /orders; the route must use the TokenAuthorizer (template.yaml)");
    }

    @Test
    void canSee_ownOrdersOnly_unlessFulfilmentStaff() {
        OrderRecord order = new OrderRecord();
        order.setCustomerId("c-1");

        assertThat(new Caller("c-1", Set.of()).canSee(order)).isTrue();
        assertThat(new Caller("c-2", Set.of(Scopes.WRITE)).canSee(order)).isFalse();
        assertThat(new Caller("staff", Set.of(Scopes.FULFIL)).canSee(order)).isTrue();
    }

    private static APIGatewayProxyRequestEvent request(Map<String, Object> authorizer) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setAuthorizer(authorizer == null ? null : new HashMap<>(authorizer));
        return new APIGatewayProxyRequestEvent().withRequestContext(context);
    }
}
