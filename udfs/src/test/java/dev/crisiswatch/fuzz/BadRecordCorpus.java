package dev.crisiswatch.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The seed corpus of real bad records (src/test/resources/fuzz/records): one raw payload per file,
 * named for what is wrong with it. Regression tests run every file; fuzzing starts from them.
 */
public final class BadRecordCorpus {
    /** Relative to the udfs module, where Maven runs its tests. */
    public static final Path DIR = Path.of("src/test/resources/fuzz/records");

    private BadRecordCorpus() {}

    /** Every record of the corpus as a named argument for a parameterized test. */
    public static Stream<Named<byte[]>> records() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.sorted().map(BadRecordCorpus::named).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Named<byte[]> named(Path file) {
        try {
            return Named.of(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
