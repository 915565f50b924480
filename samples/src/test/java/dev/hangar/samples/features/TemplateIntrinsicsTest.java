package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The intrinsic functions the order service's template does not use, in a small report stack of its
 * own ({@code templates/order-report.yaml}): {@code !FindInMap} on a stage mapping, {@code !Select}
 * over {@code !Split} of a parameter, and {@code !Base64}. The function reads the resolved values
 * with {@code System.getenv}, as deployed code would.
 */
@HangarTest(template = TemplateIntrinsicsTest.TEMPLATE)
class TemplateIntrinsicsTest {
    static final String TEMPLATE = "templates/order-report.yaml";

    private static String variable(Lambda lambda, String name) {
        String function = lambda.functions().get(0).name();
        return lambda.invoke(function, name, String.class);
    }

    @Test
    void findInMap_readsTheStagesRow(Lambda lambda) {
        assertThat(variable(lambda, "REPORT_PREFIX")).isEqualTo("reports-dev");
        assertThat(variable(lambda, "CUT_OFF_HOUR")).isEqualTo("18");
    }

    @Test
    void selectOfSplit_picksOneItemOfAParameter(Lambda lambda) {
        assertThat(variable(lambda, "FIRST_RECIPIENT")).isEqualTo("ops@example.com");
        assertThat(variable(lambda, "FINANCE")).isEqualTo("finance@example.com");
    }

    @Test
    void base64_encodesTheUtf8Bytes(Lambda lambda) {
        String signature = variable(lambda, "SIGNATURE");

        assertThat(signature).isEqualTo("T3JkZXJzIHRlYW0=");
        assertThat(new String(Base64.getDecoder().decode(signature), StandardCharsets.UTF_8)).isEqualTo("Orders team");
    }
}
