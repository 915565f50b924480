package dev.hangar.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example is the compiled, tested {@code PlaceOrderTest}, not a copy that drifts. */
class ReadmeSnippetTest {

    @Test
    void readme_showsPlaceOrderTest_exactlyAsCompiled() throws IOException {
        Path source = Path.of("src/test/java/dev/hangar/samples/e2e/PlaceOrderTest.java");
        Path readme = Path.of("../README.md");
        String code = Files.readString(source);
        String snippet = code.substring(
                code.indexOf("// README:start\n") + "// README:start\n".length(),
                code.indexOf("// README:end")).stripTrailing();

        assertThat(Files.readString(readme))
                .as("README.md must contain the marked part of %s verbatim", source)
                .contains("```java\n" + snippet + "\n```");
    }
}
