package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.junit.HangarTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The handler forms of the Java Lambda runtime beyond {@code RequestHandler}, which every function of
 * the order service implements: a {@code RequestStreamHandler}, a POJO method named in the handler
 * string, a static method; what the runtime answers when the handler string is wrong; a client
 * context passed by the caller; and the asynchronous {@code LambdaAsyncClient}.
 */
@HangarTest
class HandlerFormsTest {
    private static final String FORMS = HandlerForms.class.getName();

    private static String deploy(Harness harness, String name, String handler) {
        return harness.lambda().register(FunctionDefinition.builder(name).handler(handler).build());
    }

    @Test
    void aRequestStreamHandler_getsTheRawEventBytes_andItsOutputIsTheResponse(Harness harness) {
        deploy(harness, "shout", FORMS + "$ShoutingStreamHandler");

        InvokeOutcome outcome = harness.lambda().invokeJson("shout", "{\"orderId\": \"o-1\"}");

        assertThat(outcome.functionError()).isEmpty();
        assertThat(outcome.payloadAsString()).isEqualTo("{\"ORDERID\": \"O-1\"}");
    }

    @Test
    void aPojoMethod_namedInTheHandlerString_getsItsEventDeserialised(Harness harness) {
        deploy(harness, "quote", FORMS + "$PriceList::quote");

        InvokeOutcome outcome = harness.lambda().invokeJson("quote", "{\"sku\": \"BOOK-1\", \"quantity\": 3, \"gift\": true}");

        assertThat(outcome.payloadAsString()).isEqualTo("{\"sku\":\"BOOK-1\",\"totalCents\":3750}");
    }

    @Test
    void aStaticMethod_isCalledWithoutAnInstance(Harness harness) {
        deploy(harness, "display-name", FORMS + "::displayName");

        assertThat(harness.lambda().invokeJson("display-name", "\"o-7\"").payloadAsString()).isEqualTo("\"Order o-7\"");
    }

    @Test
    void aHandlerClassThatDoesNotExist_failsEveryInvocation_withTheRuntimesMessage(Harness harness) {
        deploy(harness, "typo", "dev.hangar.samples.orders.api.CreateOrderHandlr::handleRequest");

        InvokeOutcome outcome = harness.lambda().invokeJson("typo", "{}");

        assertThat(outcome.functionError()).contains("Unhandled");
        assertThat(outcome.payloadAsString()).contains(
                "\"errorMessage\":\"Class not found: dev.hangar.samples.orders.api.CreateOrderHandlr\"",
                "\"errorType\":\"java.lang.ClassNotFoundException\"");
    }

    @Test
    void aMethodNameThatDoesNotExist_failsWithTheRuntimesMessage(Harness harness) {
        deploy(harness, "wrong-method", FORMS + "$PriceList::quotes");

        assertThat(harness.lambda().invokeJson("wrong-method", "{}").payloadAsString()).contains(
                "\"errorMessage\":\"No public method named quotes with appropriate method signature found on class "
                        + FORMS + "$PriceList\"");
    }

    @Test
    void aClassWithoutAHandlerInterface_failsWithTheRuntimesMessage(Harness harness) {
        deploy(harness, "no-interface", FORMS + "$PriceList");

        assertThat(harness.lambda().invokeJson("no-interface", "{}").payloadAsString()).contains(
                "\"errorMessage\":\"Class does not implement an appropriate handler interface: " + FORMS + "$PriceList\"");
    }

    @Test
    void theClientContext_ofAnInvoke_reachesTheHandlersContext(Harness harness) {
        deploy(harness, "caller", FORMS + "$PriceList::caller");
        String clientContext = Base64.getEncoder().encodeToString(("{\"client\": {\"app_title\": \"Orders\","
                + " \"app_version_name\": \"4.2\"}, \"custom\": {\"tenant\": \"acme\"}, \"env\": {}}")
                .getBytes(StandardCharsets.UTF_8));

        try (LambdaClient lambda = LambdaClient.create()) {
            InvokeResponse response = lambda.invoke(request -> request.functionName("caller")
                    .clientContext(clientContext).payload(SdkBytes.fromUtf8String("{}")));

            assertThat(response.payload().asUtf8String()).isEqualTo("\"Orders 4.2 for acme\"");
        }
    }

    @Test
    void theLambdaAsyncClient_invokesTheFunction(Harness harness) {
        deploy(harness, "quote", FORMS + "$PriceList::quote");

        try (LambdaAsyncClient lambda = LambdaAsyncClient.create()) {
            InvokeResponse response = lambda.invoke(request -> request.functionName("quote")
                    .payload(SdkBytes.fromUtf8String("{\"sku\": \"BOOK-2\", \"quantity\": 2}"))).join();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.payload().asUtf8String()).isEqualTo("{\"sku\":\"BOOK-2\",\"totalCents\":2500}");
        }
        assertThat(harness.lambda().invocations("quote")).hasSize(1);
    }
}
