package dev.hangar.samples.local;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the orders service locally, as {@code sam local start-api} does but without Docker: the
 * template's APIs served on {@code 127.0.0.1}, backed by Hangar's fakes, with the API tokens of
 * {@code api-tokens.json} seeded. Start it with {@code samples/run-local.sh}.
 *
 * <p>The stack is built by {@code @HangarTest} itself ({@link LocalStack}), through the JUnit
 * Platform: hangar-junit has no public API that loads a template outside a test, and this way the
 * local run and the tests read the template the same way.
 *
 * <p>Lives in test scope so that nothing of Hangar reaches the application's jar.
 */
public final class LocalRun {
    /** The system property that chooses the port; {@value #DEFAULT_PORT} by default, 0 for any free one. */
    public static final String PORT_PROPERTY = "orders.port";
    /** The port {@code sam local start-api} uses too. */
    public static final int DEFAULT_PORT = 3000;

    private LocalRun() {
    }

    /**
     * Serves the stack until the process is stopped.
     *
     * @param args ignored; use {@code -Dorders.port=PORT}
     */
    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(LocalStack.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        // Only reached when the stack could not start (or did not block): say why.
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter err = new PrintWriter(System.err, true);
        if (summary.getTestsFoundCount() == 0) {
            err.println("LocalRun: JUnit found no LocalStack to run; is the Jupiter engine on the class path?");
        }
        summary.printFailuresTo(err, 20);
        System.exit(1);
    }
}
