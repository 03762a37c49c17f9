package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.evaluate.AlertFiles;
import dev.crisiswatch.simulator.evaluate.TopicActivity;
import dev.crisiswatch.simulator.evaluate.baseline.BaselineDetector;
import dev.crisiswatch.simulator.evaluate.baseline.BaselineRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Runs a simple baseline alerting rule over event files, to compare with the job.",
            "Writes the rule's alerts (JSON Lines, the job's shape). Rules:",
            "  meltwater  mentions in the last hour >= 2x the hourly average of the previous 12 hours, and >= 50",
            "  fixed      30 negative mentions within 10 minutes (the job's sentiment function)"})
public final class BaselineCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A scenario folder (generate --out).")
    Path dir;

    @Option(names = "--rule", required = true, description = "meltwater or fixed.")
    String rule;

    @Option(names = "--mentions", paramLabel = "FILE")
    Path mentions;

    @Option(names = "--complaints", paramLabel = "FILE")
    Path complaints;

    @Option(names = "--catalog", paramLabel = "FILE")
    Path catalog;

    @Option(names = "--alerts-out", required = true, paramLabel = "FILE")
    Path alertsOut;

    @Override
    public Integer call() throws IOException {
        ScenarioFolder folder = dir == null ? null : new ScenarioFolder(dir);
        Path cat = catalog != null ? catalog : folder == null ? null : folder.catalog();
        if (cat == null) throw new IllegalArgumentException("give --catalog or a scenario folder");
        Path m = mentions != null ? mentions : folder == null ? null : ScenarioFolder.existing(folder.mentions());
        Path c = complaints != null ? complaints : folder == null ? null : ScenarioFolder.existing(folder.complaints());
        List<Alert> alerts = run(BaselineRule.byName(rule), cat, m, c);
        AlertFiles.write(alertsOut, alerts);
        System.err.println("rule " + rule + ": " + alerts.size() + " alerts written to " + alertsOut);
        return 0;
    }

    static List<Alert> run(BaselineRule rule, Path catalogFile, Path mentions, Path complaints) throws IOException {
        TopicCatalog catalog = TopicCatalog.load(catalogFile);
        return new BaselineDetector(rule).detect(catalog, TopicActivity.load(catalog, mentions, complaints));
    }
}
