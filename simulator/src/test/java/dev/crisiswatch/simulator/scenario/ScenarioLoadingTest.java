package dev.crisiswatch.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoadingTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadIncidentTimesAsOffsetsFromTheStart() throws Exception {
        Scenario s = ScenarioYaml.load(dir, """
                duration: 2d
                incidents:
                  - label: order-ahead queue breaks
                    topic: brewly-app
                    kind: crisis
                    at: 1d6h30m
                    duration: 3h
                    posts: {peakPerMinute: 4, rampUp: 30m}
                """);

        IncidentSpec i = s.incidents().get(0);
        assertThat(i.onset()).isEqualTo(Instant.parse("2026-03-03T06:30:00Z"));
        assertThat(i.end()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(i.tone()).isEqualTo("complaint");
        assertThat(i.posts().perMinuteAt(i.onset().plus(Duration.ofMinutes(15)).toEpochMilli())).isEqualTo(2.0);
        assertThat(s.topicDays()).isEqualTo(4.0);
    }

    @Test
    void shouldResolveACatalogPathNextToTheScenarioFile() throws Exception {
        Files.createDirectories(dir.resolve("catalogs"));
        Files.writeString(dir.resolve("catalogs/coffee.yaml"), """
                topics:
                  - id: brewly-app
                    keywords: ["brewly app"]
                """);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                description: catalog from a file
                start: 2026-03-02T00:00:00Z
                duration: 6h
                brand: {name: Brewly}
                catalog: catalogs/coffee.yaml
                """);

        Scenario s = Scenario.load(file);

        assertThat(s.name()).isEqualTo("s");
        assertThat(s.catalog().topics()).extracting(t -> t.id()).containsExactly("brewly-app");
        assertThat(s.chaos().isNone()).isTrue();
    }

    @Test
    void shouldRejectAMisspelledKeyInsteadOfIgnoringIt() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, "duration: 1d\nbackround: {perMinute: 2}\n"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("backround");
    }

    @Test
    void shouldRejectAnIncidentOnATopicTheCatalogDoesNotHave() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, """
                duration: 1d
                incidents:
                  - {label: x, topic: brewly-coffee, kind: crisis, at: 2h, duration: 1h, posts: {peakPerMinute: 1}}
                """))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("incidents[0]")
                .hasMessageContaining("brewly-coffee");
    }

    @Test
    void shouldRejectAnIncidentThatRunsPastTheEndOfTheScenario() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, """
                duration: 1d
                incidents:
                  - {label: x, topic: brewly-app, kind: crisis, at: 23h, duration: 2h, posts: {peakPerMinute: 1}}
                """))
                .hasMessageContaining("inside the scenario");
    }

    @Test
    void shouldRejectAToneTheTemplatesDoNotKnow() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, """
                duration: 1d
                incidents:
                  - {label: x, topic: brewly-app, kind: crisis, tone: furious, at: 2h, duration: 2h, posts: {peakPerMinute: 1}}
                """))
                .hasMessageContaining("unknown tone 'furious'");
    }

    @Test
    void shouldRequireTermsForAnIssueOutsideTheCatalog() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, """
                duration: 1d
                incidents:
                  - {label: x, topic: "emerging:#brewlyburn", kind: crisis, at: 2h, duration: 2h, posts: {peakPerMinute: 1}}
                """))
                .hasMessageContaining("needs the terms");
    }

    @Test
    void shouldRejectComplaintsInADeskCategoryTheTopicDoesNotOwn() throws Exception {
        assertThatThrownBy(() -> ScenarioYaml.load(dir, """
                duration: 1d
                incidents:
                  - label: x
                    topic: brewly-app
                    kind: crisis
                    at: 2h
                    duration: 2h
                    complaints: {peakPerMinute: 3, category: stores}
                """))
                .hasMessageContaining("'stores' is not one of brewly-app's catalog categories");
    }

    @Test
    void shouldReadCompoundAndIsoDurations() {
        assertThat(ScenarioReader.duration("1d6h30m")).isEqualTo(Duration.ofMinutes(30 * 60 + 30));
        assertThat(ScenarioReader.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ScenarioReader.duration("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> ScenarioReader.duration("2 hours")).hasMessageContaining("cannot read duration");
    }
}
