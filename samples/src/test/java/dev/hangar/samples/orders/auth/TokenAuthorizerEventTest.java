package dev.hangar.samples.orders.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample TOKEN authorizer event in {@code samples/events}, read as the Lambda runtime reads it. */
class TokenAuthorizerEventTest {
    @Test
    void sampleEvent_givesTheTokenAndTheCalledMethod() throws IOException {
        APIGatewayCustomAuthorizerEvent event;
        try (InputStream json = Files.newInputStream(Path.of("events/token-authorizer.json"))) {
            event = LambdaEventSerializers.serializerFor(APIGatewayCustomAuthorizerEvent.class,
                    TokenAuthorizerEventTest.class.getClassLoader()).fromJson(json);
        }

        assertThat(BearerToken.parse(event.getAuthorizationToken())).contains("tok_ada_4f9c2b7e1d");
        assertThat(MethodArn.parse(event.getMethodArn())).isEqualTo(new MethodArn("aws", "eu-west-1", "123456789012",
                "k8s2n4v6x0", "dev", "POST", "orders"));
    }
}
