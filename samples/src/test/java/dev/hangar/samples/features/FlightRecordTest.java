package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * What a developer sees when a test of the order service fails: the failure carries Hangar's flight
 * record (as a suppressed exception, printed under the assertion error) of everything that happened
 * in the fakes, and the class gets an HTML page under {@code target/hangar-reports}. The failing test
 * is a fixture run through JUnit's EngineTestKit, so that the build itself stays green.
 */
class FlightRecordTest {

    /** A test with a wrong expectation, as a developer might write one. */
    @ExtendWith(RunOnlyByEngineTestKit.class)
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    @Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
    static class PlaceOrderWithAWrongTotal {
        @Test
        void expectsTheWrongTotal(Harness harness) {
            assertThat(OrdersStack.send(harness, "POST", "/orders", OrdersStack.ALICE, OrdersStack.TWO_BOOKS))
                    .hasJsonPath("totalCents", 3000); // two books at 12.50 and one at 4.99 are 29.99
        }
    }

    @Test
    void aFailedTest_carriesTheFlightRecordOfTheRequestItsFunctionsAndTheirAwsCalls(@TempDir Path reports)
            throws Exception {
        Event failed = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(PlaceOrderWithAWrongTotal.class))
                .configurationParameter(RunOnlyByEngineTestKit.PARAMETER, "true")
                .configurationParameter("hangar.report.dir", reports.toString())
                .execute()
                .testEvents().failed().list().get(0);
        Throwable failure = failed.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();

        assertThat(failure).hasMessageContaining("Expected <totalCents> to be <3000> but was <2999>");
        assertThat(failure.getSuppressed()).hasSize(1);
        String record = failure.getSuppressed()[0].getMessage();
        assertThat(record)
                .startsWith("Hangar flight record of Harness[")
                // the gateway request, with the route it matched
                .contains("POST /orders (OrdersRestApi, route POST /orders) -> 201")
                // the authorizer's token lookup and the order's transaction, from the functions' threads
                .containsPattern("\\[lambda-hangar-TokenAuthorizerFunction-[A-Z0-9]+-\\d+\\] dynamodb: GetItem -> 200")
                .containsPattern("\\[lambda-hangar-CreateOrderFunction-[A-Z0-9]+-\\d+\\] dynamodb: TransactWriteItems -> 200")
                // the asynchronous confirmation the function queued through its LambdaClient
                .containsPattern("lambda: POST /2015-03-31/functions/hangar-OrderConfirmationFunction-[A-Z0-9]+/invocations -> 202");

        Path page = reports.resolve(PlaceOrderWithAWrongTotal.class.getName() + ".html");
        assertThat(page).exists();
        assertThat(Files.readString(page)).contains("expectsTheWrongTotal").contains("TransactWriteItems");
    }
}
