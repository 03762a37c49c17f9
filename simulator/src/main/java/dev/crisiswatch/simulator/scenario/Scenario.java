package dev.crisiswatch.simulator.scenario;

import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.generate.ChaosOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A validated scenario: a brand and its catalog, everyday traffic, the people who post, and the
 * incidents on the timeline. Load with {@link #load(Path)}; generate with {@code ScenarioGenerator}.
 */
public record Scenario(String name, String description, Instant start, Instant end, long seed, Brand brand,
        TopicCatalog catalog, ChaosOptions chaos, Background background, ComplaintBackground complaints,
        AuthorModel authors, List<IncidentSpec> incidents) {

    public Scenario {
        incidents = List.copyOf(incidents);
    }

    /** Reads and validates a scenario; a `catalog:` path is resolved against the scenario file's folder. */
    public static Scenario load(Path yaml) throws IOException {
        return new ScenarioReader(yaml).read();
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public double days() {
        return duration().toMillis() / 86_400_000.0;
    }

    /** Catalog topics times simulated days: the exposure over which false alarms are counted. */
    public double topicDays() {
        return catalog.size() * days();
    }
}
