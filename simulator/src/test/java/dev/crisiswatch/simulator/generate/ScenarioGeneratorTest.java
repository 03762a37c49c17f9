package dev.crisiswatch.simulator.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.scenario.Scenario;
import dev.crisiswatch.simulator.scenario.ScenarioYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioGeneratorTest {
    private static final String ONE_DAY_WITH_AN_OUTAGE = """
            duration: 1d
            background: {perMinute: 1.5, uncatalogued: 0.3}
            complaints: {perMinute: 0.8}
            incidents:
              - label: order-ahead payments fail
                topic: brewly-app
                kind: crisis
                tone: outage
                at: 14h
                duration: 3h
                posts: {peakPerMinute: 6, rampUp: 30m, fadeOut: 1h}
                cascade: {roots: 2, rootReshares: 15, branching: [{after: 0m, factor: 0.6}], meanDelay: 10m}
                complaints: {peakPerMinute: 3, category: app, rampUp: 20m}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldWriteByteIdenticalFilesForTheSameSeed() throws Exception {
        Scenario s = ScenarioYaml.load(dir, ONE_DAY_WITH_AN_OUTAGE);
        ChaosOptions chaos = new ChaosOptions(java.time.Duration.ofSeconds(90), 0.02, 0.01);
        new ScenarioGenerator(s, 42, chaos).writeTo(dir.resolve("a"));
        new ScenarioGenerator(s, 42, chaos).writeTo(dir.resolve("b"));

        for (String f : new String[] {"mentions.jsonl", "complaints.jsonl", "catalog.yaml", "truth.json"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
                    .as(f).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }

    @Test
    void shouldWriteDifferentEventsForADifferentSeed() throws Exception {
        Scenario s = ScenarioYaml.load(dir, ONE_DAY_WITH_AN_OUTAGE);
        new ScenarioGenerator(s, 42, ChaosOptions.none()).writeTo(dir.resolve("a"));
        new ScenarioGenerator(s, 43, ChaosOptions.none()).writeTo(dir.resolve("b"));

        assertThat(Files.readAllBytes(dir.resolve("b/mentions.jsonl")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("a/mentions.jsonl")));
    }

    @Test
    void shouldWriteEventsTheJobParsesInTimeOrderWithTheTruthCounts() throws Exception {
        Scenario s = ScenarioYaml.load(dir, ONE_DAY_WITH_AN_OUTAGE);
        GenerationResult r = new ScenarioGenerator(s, 7, ChaosOptions.none()).writeTo(dir);

        EventFiles mentions = EventFiles.read(r.mentionsFile(), EventKind.MENTION);
        EventFiles complaints = EventFiles.read(r.complaintsFile(), EventKind.COMPLAINT);
        assertThat(mentions.rejected).isEmpty();
        assertThat(complaints.rejected).isEmpty();
        assertThat(mentions.events).hasSize(r.mentions());
        assertThat(complaints.events).hasSize(r.complaints());
        assertThat(mentions.events).isSortedAccordingTo((a, b) -> Long.compare(a.ts, b.ts));
        assertThat(complaints.events).isSortedAccordingTo((a, b) -> Long.compare(a.ts, b.ts));

        JsonNode truth = new ObjectMapper().readTree(r.truthFile().toFile());
        assertThat(truth.path("counts").path("mentions").asInt()).isEqualTo(r.mentions());
        assertThat(truth.path("topicDays").asDouble()).isEqualTo(2.0);
        JsonNode incident = truth.path("incidents").get(0);
        assertThat(incident.path("topic").asText()).isEqualTo("brewly-app");
        assertThat(incident.path("kind").asText()).isEqualTo("crisis");
        assertThat(incident.path("onset").asText()).isEqualTo("2026-03-02T14:00:00Z");
        long inWindowOnTopic = mentions.events.stream()
                .filter(e -> e.ts >= Instant.parse("2026-03-02T14:00:00Z").toEpochMilli())
                .filter(e -> e.ts < Instant.parse("2026-03-02T17:00:00Z").toEpochMilli())
                .filter(e -> e.text.toLowerCase().contains("brewly"))
                .count();
        assertThat(incident.path("mentions").asLong()).isBetween(300L, inWindowOnTopic);
        Instant tenPercent = Instant.parse(incident.path("tenPercentAt").asText());
        assertThat(tenPercent).isAfter(Instant.parse("2026-03-02T14:00:00Z")).isBefore(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(TopicCatalog.load(r.catalogFile()).topics()).isEqualTo(s.catalog().topics());
    }

    @Test
    void shouldMixTheThreeTimestampForms() throws Exception {
        Scenario s = ScenarioYaml.load(dir, "duration: 6h\nbackground: {perMinute: 2}\n");
        GenerationResult r = new ScenarioGenerator(s, 3, ChaosOptions.none()).writeTo(dir);

        String all = Files.readString(r.mentionsFile());
        assertThat(all).containsPattern("\"ts\":\\d{13},");
        assertThat(all).containsPattern("\"ts\":\"2026-03-0\\dT[0-9:.]+Z\"");
        assertThat(all).containsPattern("\"ts\":\"2026-03-0\\dT[0-9:.]+[+-]\\d\\d:\\d\\d\"");
    }
}
