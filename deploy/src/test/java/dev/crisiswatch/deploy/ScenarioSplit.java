package dev.crisiswatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Cuts a generated scenario's event files at an event-time instant into two folders (`before/`, `after/`),
 * so that a test can replay the first part, restart the job, then replay the rest.
 */
final class ScenarioSplit {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioSplit() {}

    static void split(Path scenario, Instant cut, Path before, Path after) throws IOException {
        Files.createDirectories(before);
        Files.createDirectories(after);
        for (String file : List.of("mentions.jsonl", "complaints.jsonl")) {
            Path source = scenario.resolve(file);
            if (!Files.exists(source)) continue;
            try (BufferedWriter early = Files.newBufferedWriter(before.resolve(file));
                    BufferedWriter late = Files.newBufferedWriter(after.resolve(file))) {
                for (String line : Files.readAllLines(source)) {
                    BufferedWriter target = timestamp(line).isBefore(cut) ? early : late;
                    target.write(line);
                    target.newLine();
                }
            }
        }
    }

    /** CONTRACT section 1: ISO instant with Z or offset, or epoch milliseconds; a malformed line goes first. */
    static Instant timestamp(String line) {
        JsonNode ts;
        try {
            ts = JSON.readTree(line).path("ts");
        } catch (IOException e) {
            return Instant.EPOCH;
        }
        if (ts.isNumber()) return Instant.ofEpochMilli(ts.asLong());
        try {
            return OffsetDateTime.parse(ts.asText()).toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
