package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import org.junit.jupiter.api.Test;

/**
 * The report stack of {@code TemplateIntrinsicsTest} deployed with parameter overrides, as {@code sam
 * deploy --parameter-overrides} would: {@code !FindInMap} and {@code !Select}/{@code !Split} follow
 * the overridden values.
 */
@HangarTest(template = TemplateIntrinsicsTest.TEMPLATE,
        parameters = {"Stage=prod", "Recipients=cfo@example.com,board@example.com"})
class TemplateParameterOverridesTest {

    private static String variable(Lambda lambda, String name) {
        return lambda.invoke(lambda.functions().get(0).name(), name, String.class);
    }

    @Test
    void findInMapAndSplit_followTheOverriddenParameters(Lambda lambda) {
        assertThat(variable(lambda, "REPORT_PREFIX")).isEqualTo("reports");
        assertThat(variable(lambda, "CUT_OFF_HOUR")).isEqualTo("22");
        assertThat(variable(lambda, "FIRST_RECIPIENT")).isEqualTo("cfo@example.com");
        assertThat(variable(lambda, "FINANCE")).isEqualTo("board@example.com");
    }
}
