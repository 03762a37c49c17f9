package dev.crisiswatch.simulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.simulator.scenario.Scenario;
import dev.crisiswatch.simulator.scenario.ScenarioYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosInjectorTest {
    @TempDir
    Path dir;

    @Test
    void shouldCountInTheTruthExactlyTheChaosFoundInTheFiles() throws Exception {
        Scenario s = ScenarioYaml.load(dir, "duration: 1d\nbackground: {perMinute: 3}\ncomplaints: {perMinute: 1}\n");
        Duration bound = Duration.ofMinutes(2);
        GenerationResult r = new ScenarioGenerator(s, 21, new ChaosOptions(bound, 0.03, 0.01)).writeTo(dir);

        EventFiles mentions = EventFiles.read(r.mentionsFile(), EventKind.MENTION);
        EventFiles complaints = EventFiles.read(r.complaintsFile(), EventKind.COMPLAINT);
        Found m = Found.in(mentions);
        Found c = Found.in(complaints);
        JsonNode chaos = new ObjectMapper().readTree(r.truthFile().toFile()).path("chaos");

        assertThat(mentions.rejected.size() + complaints.rejected.size())
                .isEqualTo(r.malformed()).isEqualTo(chaos.path("malformed").asInt());
        assertThat(m.duplicates + c.duplicates).isEqualTo(r.duplicates()).isEqualTo(chaos.path("duplicates").asInt());
        assertThat(m.late + c.late).isEqualTo(r.outOfOrder()).isEqualTo(chaos.path("outOfOrder").asInt());
        assertThat(m.distinct + c.distinct).isEqualTo(r.mentions() + r.complaints());
        assertThat(Math.max(m.maxLateness, c.maxLateness)).isPositive().isLessThanOrEqualTo(bound.toMillis());
        assertThat((double) r.duplicates() / (r.mentions() + r.complaints())).isCloseTo(0.03, within(0.005));
        assertThat((double) r.outOfOrder() / (r.mentions() + r.complaints()))
                .isCloseTo(ChaosOptions.LATE_SHARE, within(0.02));
    }

    @Test
    void shouldBreakEveryMalformedLineInOneOfTheFourWays() throws Exception {
        Scenario s = ScenarioYaml.load(dir, "duration: 12h\nbackground: {perMinute: 3}\n");
        GenerationResult r = new ScenarioGenerator(s, 22, new ChaosOptions(Duration.ZERO, 0, 0.05)).writeTo(dir);

        EventFiles mentions = EventFiles.read(r.mentionsFile(), EventKind.MENTION);
        ObjectMapper json = new ObjectMapper();
        int truncated = 0, noTs = 0, stringNumber = 0, badUtf8 = 0;
        for (byte[] line : mentions.rejected) {
            if (new String(line, StandardCharsets.UTF_8).contains("\uFFFD")) {
                badUtf8++;
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException notJson) {
                truncated++;
                continue;
            }
            if (!node.has("ts")) noTs++;
            else if (node.path("author").path("followers").isTextual()) stringNumber++;
        }
        assertThat(List.of(truncated, noTs, stringNumber, badUtf8)).allSatisfy(n -> assertThat(n).isGreaterThan(10));
        assertThat(truncated + noTs + stringNumber + badUtf8).isEqualTo(mentions.rejected.size());
        assertThat(mentions.events).hasSize(r.mentions());
        assertThat(mentions.events).isSortedAccordingTo((a, b) -> Long.compare(a.ts, b.ts));
    }

    /** Recounts the chaos in a delivered file, the way a consumer would see it. */
    private record Found(int distinct, int duplicates, int late, long maxLateness) {
        static Found in(EventFiles f) {
            Map<String, Integer> seen = new HashMap<>();
            int duplicates = 0;
            int late = 0;
            long newest = Long.MIN_VALUE;
            long maxLateness = 0;
            for (Event e : f.events) {
                if (seen.merge(e.id, 1, Integer::sum) > 1) {
                    duplicates++;
                    continue;
                }
                if (e.ts < newest) {
                    late++;
                    maxLateness = Math.max(maxLateness, newest - e.ts);
                }
                newest = Math.max(newest, e.ts);
            }
            return new Found(seen.size(), duplicates, late, maxLateness);
        }
    }
}
