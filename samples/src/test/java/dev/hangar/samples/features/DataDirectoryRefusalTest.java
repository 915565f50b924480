package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories {@code FakeDynamo.builder().dataDirectory(path)} refuses to open, each named in the
 * message with what to do: a foreign directory (someone's files, not a FakeDynamo store), a store
 * whose database file is missing, one whose database file is corrupt, and one written by another
 * store format. Nothing in the directory is changed or deleted. {@code DataDirectoryTest} shows a
 * directory in use and a file where the directory should be.
 */
class DataDirectoryRefusalTest {

    private static void open(Path directory) {
        Harness.builder().service(FakeDynamo.builder().dataDirectory(directory).build()).build().close();
    }

    @Test
    void aForeignDirectory_isRefused_namingIt(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("invoices.csv"), "o-1,2999\n");

        assertThatThrownBy(() -> open(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The directory " + home + " is not a FakeDynamo data directory (it has files but no"
                        + " hangar-format); give FakeDynamo an empty or new directory");
        assertThat(home.resolve("invoices.csv")).hasContent("o-1,2999");
    }

    private static Path storeOnce(Path parent) {
        Path directory = parent.resolve("orders-data");
        open(directory);
        return directory;
    }

    @Test
    void aStoreWithoutItsDatabaseFile_isRefusedAsDamaged(@TempDir Path parent) throws Exception {
        Path directory = storeOnce(parent);
        Files.delete(directory.resolve("dynamo.db"));

        assertThatThrownBy(() -> open(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The FakeDynamo data directory " + directory + " is damaged: dynamo.db is missing");
    }

    @Test
    void aStoreWithACorruptDatabaseFile_isRefusedAsDamaged(@TempDir Path parent) throws Exception {
        Path directory = storeOnce(parent);
        Files.write(directory.resolve("dynamo.db"), new byte[] {'n', 'o', 't', ' ', 'M', 'a', 'p', 'D', 'B'});

        assertThatThrownBy(() -> open(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The FakeDynamo data directory " + directory + " is damaged and cannot be opened (")
                .hasMessageEndingWith("); restore it from a copy or delete it");
    }

    @Test
    void aStoreOfAnotherFormat_isRefusedAsIncompatible(@TempDir Path parent) throws Exception {
        Path directory = storeOnce(parent);
        Files.writeString(directory.resolve("hangar-format"), "hangar-fake-dynamo-mapdb 1\n");

        assertThatThrownBy(() -> open(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The FakeDynamo data directory " + directory + " was written by an incompatible"
                        + " version of Hangar (format 'hangar-fake-dynamo-mapdb 1', this version reads '")
                .hasMessageEndingWith("'); delete it or open it with the version that wrote it");
    }
}
