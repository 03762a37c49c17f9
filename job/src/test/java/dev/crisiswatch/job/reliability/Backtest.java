package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.job.CrisisJob;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the backtest command line (CONTRACT section 4) and what it wrote. */
record Backtest(List<String> alertLines, List<JsonNode> deadLetters) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Backtest run(Path dir, String name, Path mentions, Path catalog, String... extra) throws IOException {
        Path alerts = dir.resolve(name + ".alerts.jsonl");
        Path dead = dir.resolve(name + ".deadletter.jsonl");
        List<String> args = new ArrayList<>(List.of("--mentions", mentions.toString(), "--catalog", catalog.toString(),
                "--alerts-out", alerts.toString(), "--dead-letter-out", dead.toString()));
        args.addAll(List.of(extra));
        int code = new CommandLine(new CrisisJob()).execute(args.toArray(String[]::new));
        assertThat(code).as("exit code of the backtest").isZero();
        List<JsonNode> deadLetters = new ArrayList<>();
        for (String l : Files.readAllLines(dead)) deadLetters.add(JSON.readTree(l));
        return new Backtest(Files.readAllLines(alerts), deadLetters);
    }

    List<Alert> alerts() {
        return alertLines.stream().map(AlertCodec::fromJson).toList();
    }

    /**
     * Every alert as JSON without its wall-clock emission time and the near-duplicate share (each
     * subtask measures it over the posts it happens to see): what must not change between runs.
     */
    List<String> alertsWithoutDetectedAt() {
        return alerts().stream().map(a -> {
            a.detectedAt = null;
            a.metrics.remove("nearDuplicateShare");
            return AlertCodec.toJson(a);
        }).toList();
    }
}
