package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.evaluate.AlertFiles;
import dev.crisiswatch.simulator.evaluate.TopicActivity;
import dev.crisiswatch.simulator.evaluate.Truth;
import dev.crisiswatch.simulator.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report of one scenario's run.",
            "Per topic a chart of volume per minute",
            "against a rolling baseline and the negative share, incidents shaded, alerts marked by severity; a",
            "table of incidents (caught, delay, early) and of alerts."})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, paramLabel = "FILE")
    Path truth;

    @Option(names = "--alerts", required = true, paramLabel = "FILE")
    Path alerts;

    @Option(names = "--mentions", paramLabel = "FILE")
    Path mentions;

    @Option(names = "--complaints", paramLabel = "FILE")
    Path complaints;

    @Option(names = "--catalog", required = true, paramLabel = "FILE")
    Path catalog;

    @Option(names = "--out", required = true, paramLabel = "report.html")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        TopicCatalog cat = TopicCatalog.load(catalog);
        List<Alert> alertList = AlertFiles.read(alerts);
        HtmlReport report = new HtmlReport(Truth.load(truth), alertList, cat, TopicActivity.load(cat, mentions, complaints));
        Files.writeString(out, report.render(), StandardCharsets.UTF_8);
        System.err.println("report written to " + out);
        return 0;
    }
}
