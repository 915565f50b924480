package dev.hangar.samples.orders.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CallbackEndpointTest {
    @Test
    void of_isTheApisDomainAndStage() {
        APIGatewayV2WebSocketEvent.RequestContext context = new APIGatewayV2WebSocketEvent.RequestContext();
        context.setDomainName("abc123.execute-api.eu-west-1.amazonaws.com");
        context.setStage("prod");
        APIGatewayV2WebSocketEvent event = new APIGatewayV2WebSocketEvent();
        event.setRequestContext(context);

        assertThat(CallbackEndpoint.of(event)).isEqualTo(URI.create("https://abc123.execute-api.eu-west-1.amazonaws.com/prod"));
    }
}
