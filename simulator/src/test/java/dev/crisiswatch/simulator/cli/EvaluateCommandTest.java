package dev.crisiswatch.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.simulator.SimulatorCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evaluate` over a folder of scenario folders, as the suite runs it. */
class EvaluateCommandTest {
    private static final String TRUTH = """
            {"scenario":"%s","start":"2026-03-02T08:00:00Z","end":"2026-03-02T12:00:00Z","topicDays":0.5,
             "incidents":[{"topic":"acme-delivery","kind":"crisis","label":"lost parcels","onset":"2026-03-02T10:00:00Z",
               "end":"2026-03-02T11:00:00Z","mentions":300,"tenPercentAt":"2026-03-02T10:08:00Z"}]}
            """;

    @TempDir
    Path suite;

    @Test
    void shouldScoreEveryScenarioFolderWithItsOwnAlertsAndWriteJson() throws Exception {
        scenario("a-caught", "{\"alertId\":\"x1\",\"topic\":\"acme-delivery\",\"status\":\"OPEN\",\"severity\":\"WARNING\","
                + "\"kind\":\"NEGATIVE_SURGE\",\"eventTime\":\"2026-03-02T10:05:00Z\"}\n");
        scenario("b-missed", "");
        Path json = suite.resolve("scores.json");

        String out = run("evaluate", "--truth", suite.toString(), "--json", json.toString());

        assertThat(out).contains("caught after 5m00s (early)").contains("MISSED");
        assertThat(out.lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow()).contains("1/2");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("scenarios")).extracting(n -> n.path("scenario").asText()).containsExactly("a-caught", "b-missed");
        assertThat(root.path("overall").path("detected").asInt()).isEqualTo(1);
    }

    @Test
    void shouldCompareTheJobWithABaselineRuleOnTheScenarioEvents() throws Exception {
        scenario("a-caught", "{\"alertId\":\"x1\",\"topic\":\"acme-delivery\",\"status\":\"OPEN\",\"severity\":\"CRITICAL\","
                + "\"kind\":\"NEGATIVE_SURGE\",\"eventTime\":\"2026-03-02T10:04:00Z\"}\n");
        Path dir = suite.resolve("a-caught");
        Files.writeString(dir.resolve("catalog.yaml"), "topics:\n  - id: acme-delivery\n    keywords: [\"parcel\"]\n");
        StringBuilder m = new StringBuilder();
        Instant onset = Instant.parse("2026-03-02T10:00:00Z");
        for (int i = 0; i < 45; i++) { // 45 angry posts in 15 minutes: the fixed rule fires at its 30th
            m.append("{\"id\":\"p").append(i).append("\",\"ts\":\"").append(onset.plusSeconds(20L * i))
                    .append("\",\"source\":\"twitter\",\"text\":\"my parcel never arrived, worst service, terrible\"}\n");
        }
        Files.writeString(dir.resolve("mentions.jsonl"), m);

        String out = run("evaluate", "--truth", suite.toString(), "--compare", "job=alerts.jsonl", "--compare", "fixed=rule:fixed");

        assertThat(out.lines().filter(l -> l.contains(" job ")).findFirst().orElseThrow()).contains("1/1").contains("4m00s");
        assertThat(out.lines().filter(l -> l.contains(" fixed ")).findFirst().orElseThrow()).contains("1/1").contains("10m00s");
    }

    private void scenario(String name, String alerts) throws Exception {
        Path dir = Files.createDirectories(suite.resolve(name));
        Files.writeString(dir.resolve("truth.json"), TRUTH.formatted(name));
        Files.writeString(dir.resolve("alerts.jsonl"), alerts);
    }

    private static String run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(SimulatorCli.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(before);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
