package dev.crisiswatch.simulator.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ScenarioGenerator#writeTo} wrote: distinct events per stream, the chaos applied, and
 * the incidents as generated.
 */
public record GenerationResult(Path outDir, int mentions, int complaints, int outOfOrder, int duplicates,
        int malformed, List<IncidentTruth> incidents) {

    public GenerationResult {
        incidents = List.copyOf(incidents);
    }

    public Path mentionsFile() {
        return outDir.resolve(ScenarioGenerator.MENTIONS_FILE);
    }

    public Path complaintsFile() {
        return outDir.resolve(ScenarioGenerator.COMPLAINTS_FILE);
    }

    public Path catalogFile() {
        return outDir.resolve(ScenarioGenerator.CATALOG_FILE);
    }

    public Path truthFile() {
        return outDir.resolve(ScenarioGenerator.TRUTH_FILE);
    }
}
