package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads alerts written in file mode: JSON Lines, one alert a line. */
public final class AlertFiles {
    private AlertFiles() {}

    /** Every alert of the file; blank lines are skipped, a line that is not an alert fails with its number. */
    public static List<Alert> read(Path file) throws IOException {
        List<Alert> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    out.add(AlertCodec.fromJson(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    public static void write(Path file, List<Alert> alerts) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Alert a : alerts) {
                w.write(AlertCodec.toJson(a));
                w.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
