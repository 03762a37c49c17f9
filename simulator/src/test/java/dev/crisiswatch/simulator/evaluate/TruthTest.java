package dev.crisiswatch.simulator.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthTest {
    @Test
    void shouldReadTheTruthFileTheGeneratorWrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truth.json");
        Files.writeString(file, """
                {"scenario":"flash-crisis","description":"a courier strike","start":"2026-03-01T00:00:00Z",
                 "end":"2026-03-04T00:00:00Z","topicDays":12.0,
                 "incidents":[{"topic":"acme-delivery","kind":"crisis","label":"strike","onset":"2026-03-02T10:00:00Z",
                   "end":"2026-03-02T16:00:00Z","mentions":812,"tenPercentAt":"2026-03-02T10:41:00Z"},
                  {"topic":"acme-app","kind":"benign","label":"launch","onset":"2026-03-03T09:00:00Z",
                   "end":"2026-03-03T12:00:00Z","mentions":3000,"tenPercentAt":"2026-03-03T09:20:00Z"}],
                 "chaos":{"outOfOrder":0,"duplicates":3,"malformed":1},"counts":{"mentions":9000,"complaints":700}}
                """);

        Truth t = Truth.load(file);

        assertThat(t.scenario()).isEqualTo("flash-crisis");
        assertThat(t.topicDays()).isEqualTo(12.0);
        assertThat(t.crises()).singleElement().satisfies(i -> {
            assertThat(i.topic()).isEqualTo("acme-delivery");
            assertThat(i.mentions()).isEqualTo(812);
            assertThat(i.tenPercentAt()).isEqualTo(Instant.parse("2026-03-02T10:41:00Z"));
        });
        assertThat(t.benign()).singleElement().extracting(Incident::label).isEqualTo("launch");
    }
}
