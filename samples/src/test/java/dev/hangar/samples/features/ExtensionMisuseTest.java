package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a developer sees when {@code @HangarTest} is set up wrongly: each mistake fails the test at
 * once with JUnit's {@code ExtensionConfigurationException}, naming the annotation, file, line or
 * parameter and how to fix it. The mistaken classes are fixtures run through JUnit's
 * EngineTestKit, so that the build itself stays green.
 */
class ExtensionMisuseTest {

    /** A template path with a typo. */
    @ExtendWith(RunOnlyByEngineTestKit.class)
    @HangarTest(template = "templat.yaml")
    static class MisspelledTemplate {
        @Test
        void placesAnOrder() {
        }
    }

    /** A template using an intrinsic Hangar cannot resolve. */
    @ExtendWith(RunOnlyByEngineTestKit.class)
    @HangarTest(template = "templates/report-with-getazs.yaml")
    static class UnsupportedIntrinsic {
        @Test
        void runsTheReport() {
        }
    }

    /** A table parameter in a class whose harness has no template, so no table to choose. */
    @ExtendWith(RunOnlyByEngineTestKit.class)
    @HangarTest
    static class TableWithoutTemplate {
        @Test
        void readsTheTable(DynamoTable orders) {
        }
    }

    private static Throwable failureOf(Class<?> fixture) {
        var events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter(RunOnlyByEngineTestKit.PARAMETER, "true")
                .execute()
                .allEvents();
        return events.failed().list().get(0).getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    @Test
    void aMissingTemplate_namesThePathsTried_andWhereToPutIt() {
        Path project = Path.of("").toAbsolutePath().normalize();

        assertThat(failureOf(MisspelledTemplate.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@HangarTest on " + MisspelledTemplate.class.getName() + ": The template templat.yaml was not"
                        + " found: tried the file " + project.resolve("templat.yaml") + " and the class-path resource"
                        + " templat.yaml. Give a path relative to the project directory (" + project + ") or to the test"
                        + " class path (src/test/resources)");
    }

    @Test
    void anUnsupportedIntrinsic_namesTheFileLineAndTheFunctionsThatWork() {
        assertThat(failureOf(UnsupportedIntrinsic.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@HangarTest on " + UnsupportedIntrinsic.class.getName() + ": templates/report-with-getazs.yaml,"
                        + " line 11: the intrinsic function !GetAZs is not supported by Hangar (supported: Ref, Condition,"
                        + " Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Select, Fn::Split, Fn::If, Fn::Equals, Fn::Not, Fn::And,"
                        + " Fn::Or, Fn::FindInMap, Fn::Base64); replace it with a parameter or a literal value");
    }

    @Test
    void aTableParameter_withNoTableToChoose_saysHowToNameOne() {
        // JUnit wraps the extension's ExtensionConfigurationException, keeping its message.
        assertThat(failureOf(TableWithoutTemplate.class))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Failed to resolve parameter [dev.hangar.junit.DynamoTable arg0] in method [void "
                        + TableWithoutTemplate.class.getName() + ".readsTheTable(dev.hangar.junit.DynamoTable)]:"
                        + " parameter arg0 of TableWithoutTemplate.readsTheTable is a DynamoTable without @Named, and the"
                        + " harness has no template tables; name the table with @Named(\"LogicalId\") or"
                        + " @Named(\"table-name\")");
    }
}
