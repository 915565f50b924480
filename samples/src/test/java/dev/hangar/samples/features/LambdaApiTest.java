package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import dev.hangar.samples.orders.notify.OrderConfirmationHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * The template's functions through the Lambda API, as a smoke test after a deployment would check them:
 * their configuration, a {@code DryRun} (may I invoke it?) and a synchronous invocation with the log
 * tail. The client is built with nothing configured: {@code @HangarTest} points the SDK at the harness.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
class LambdaApiTest {

    @Test
    void getFunction_showsTheTemplatesConfiguration(Harness harness) {
        String name = OrdersStack.function(harness, OrderConfirmationHandler.class);
        try (LambdaClient lambda = LambdaClient.create()) {
            FunctionConfiguration configuration = lambda.getFunction(request -> request.functionName(name)).configuration();

            assertThat(configuration.handler())
                    .isEqualTo("dev.hangar.samples.orders.notify.OrderConfirmationHandler::handleRequest");
            assertThat(configuration.runtimeAsString()).isEqualTo("java21");
            assertThat(configuration.memorySize()).isEqualTo(1024);
            assertThat(configuration.timeout()).isEqualTo(10);
            assertThat(configuration.environment().variables()).containsEntry("TABLE_NAME", "orders-dev");
            assertThat(lambda.listFunctionsPaginator(request -> { }).functions())
                    .extracting(FunctionConfiguration::functionName)
                    .contains(name, OrdersStack.function(harness, CreateOrderHandler.class));
        }
    }

    @Test
    void dryRun_answers204_withoutRunningTheFunction(Harness harness) {
        String name = OrdersStack.function(harness, OrderConfirmationHandler.class);
        try (LambdaClient lambda = LambdaClient.create()) {
            InvokeResponse response = lambda.invoke(request -> request.functionName(name)
                    .invocationType(InvocationType.DRY_RUN));

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(harness.lambda().invocations(name)).isEmpty();
        }
    }

    @Test
    void dryRun_ofAFunctionThatIsNotDeployed_isResourceNotFound() {
        try (LambdaClient lambda = LambdaClient.create()) {
            assertThatThrownBy(() -> lambda.invoke(request -> request.functionName("orders-legacy-importer")
                    .invocationType(InvocationType.DRY_RUN)))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
                                "Function not found: arn:aws:lambda:us-east-1:000000000000:function:orders-legacy-importer");
                    });
        }
    }

    @Test
    void invoke_ofAFailingEvent_reportsTheFunctionError_andTheLogTail(Harness harness) {
        String name = OrdersStack.function(harness, OrderConfirmationHandler.class);
        try (LambdaClient lambda = LambdaClient.create()) {
            InvokeResponse response = lambda.invoke(request -> request.functionName(name)
                    .logType(LogType.TAIL)
                    .payload(SdkBytes.fromUtf8String("{}")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).isEqualTo("Unhandled");
            assertThat(response.payload().asUtf8String())
                    .contains("\"errorType\":\"java.lang.IllegalArgumentException\"")
                    .contains("The event has no orderId");
            String tail = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
            assertThat(tail).contains("START RequestId: ").contains("END RequestId: ").contains("REPORT RequestId: ");
        }
    }
}
