package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * Answers the value of the environment variable the event names, as the function sees it with
 * {@code System.getenv}: {@code TemplateIntrinsicsTest} reads what a template's intrinsics resolved to.
 */
public class EnvironmentEchoHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String variable, Context context) {
        return System.getenv(variable);
    }
}
