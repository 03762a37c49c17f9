package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.simulator.evaluate.AlertFiles;
import dev.crisiswatch.simulator.evaluate.EventTimes;
import dev.crisiswatch.simulator.evaluate.Evaluator;
import dev.crisiswatch.simulator.evaluate.Incident;
import dev.crisiswatch.simulator.evaluate.KafkaAlertReader;
import dev.crisiswatch.simulator.evaluate.ScenarioScore;
import dev.crisiswatch.simulator.evaluate.ScoreJson;
import dev.crisiswatch.simulator.evaluate.ScoreTable;
import dev.crisiswatch.simulator.evaluate.Truth;
import dev.crisiswatch.simulator.evaluate.baseline.BaselineRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores alerts against the truth of one or more scenarios.",
            "Scores alerts against the truth (CONTRACT section 5): crises detected,",
            "delay and early detection per crisis, median delay, false alarms (and per 100 topic-days), benign",
            "incidents that raised a WARNING/CRITICAL alert; per scenario and overall.",
            "Alerts come from --alerts FILE, from Kafka, from a baseline --rule run over the scenario's events, or",
            "(by default) from the alerts.jsonl beside each truth.json. With one alerts source for several",
            "scenarios, each scenario keeps the alerts between its start and its end + 30 minutes."})
public final class EvaluateCommand implements Callable<Integer> {
    private static final String RULE_PREFIX = "rule:";

    @Option(names = "--truth", required = true, arity = "1..*", paramLabel = "FILE|DIR",
            description = "truth.json files, scenario folders, or a folder of scenario folders.")
    List<Path> truth;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--alerts", paramLabel = "FILE", description = "Alerts, JSON Lines (file mode's --alerts-out).")
        Path alerts;

        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Read the alerts topic from Kafka.")
        String bootstrapServers;

        @Option(names = "--rule", paramLabel = "meltwater|fixed",
                description = "Score a simple baseline rule run over each scenario folder's events instead (see baseline --help).")
        String rule;
    }

    @Option(names = "--alerts-topic", defaultValue = "crisis-alerts", description = "(default: ${DEFAULT-VALUE})")
    String alertsTopic;

    @Option(names = "--alerts-name", defaultValue = "alerts.jsonl",
            description = "Alerts file looked for beside each truth.json when no source is given (default: ${DEFAULT-VALUE}).")
    String alertsName;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
    Path json;

    @Option(names = "--title", description = "A line printed above the table.")
    String title;

    @Option(names = "--compare", paramLabel = "LABEL=ALERTS",
            description = {"Score several methods side by side on the same scenarios: ALERTS is an alerts file name",
                "looked for beside each truth.json, or rule:meltwater / rule:fixed. Repeat, e.g.",
                "--compare job=alerts.jsonl --compare meltwater=rule:meltwater"})
    Map<String, String> compare = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        List<Path> truthFiles = ScenarioFolder.truthFiles(truth);
        if (!compare.isEmpty()) return compare(truthFiles);
        List<Alert> shared = null;
        if (source.alerts != null) shared = AlertFiles.read(source.alerts);
        if (source.bootstrapServers != null) shared = KafkaAlertReader.readAll(source.bootstrapServers, alertsTopic);
        List<ScenarioScore> scores = new ArrayList<>();
        for (Path file : truthFiles) {
            Truth t = Truth.load(file);
            List<Alert> alerts = shared != null
                    ? (truthFiles.size() == 1 ? shared : within(t, shared))
                    : alertsBeside(file, source.rule != null ? RULE_PREFIX + source.rule : alertsName);
            scores.add(Evaluator.score(t, alerts));
        }
        String label = source.rule != null ? "baseline rule " + source.rule : "job";
        System.out.print(ScoreTable.render(title != null ? title : label, scores));
        if (json != null) ScoreJson.write(json, label, scores);
        return 0;
    }

    private int compare(List<Path> truthFiles) throws IOException {
        Map<String, List<ScenarioScore>> byMethod = new LinkedHashMap<>();
        Map<String, Object> jsonByMethod = new LinkedHashMap<>();
        for (var method : compare.entrySet()) {
            List<ScenarioScore> scores = new ArrayList<>();
            for (Path file : truthFiles) scores.add(Evaluator.score(Truth.load(file), alertsBeside(file, method.getValue())));
            byMethod.put(method.getKey(), scores);
            jsonByMethod.put(method.getKey(), ScoreJson.toMap(method.getKey(), scores));
        }
        if (title != null) System.out.println(title);
        System.out.print(ScoreTable.compare(byMethod));
        if (json != null) ScoreJson.writeAny(json, jsonByMethod);
        return 0;
    }

    /** The alerts file {@code name} beside the truth file, or those of a baseline rule when {@code name} is `rule:NAME`. */
    private static List<Alert> alertsBeside(Path truthFile, String name) throws IOException {
        ScenarioFolder folder = new ScenarioFolder(truthFile.toAbsolutePath().getParent());
        if (name.startsWith(RULE_PREFIX)) {
            return BaselineCommand.run(BaselineRule.byName(name.substring(RULE_PREFIX.length())), folder.catalog(),
                    ScenarioFolder.existing(folder.mentions()), ScenarioFolder.existing(folder.complaints()));
        }
        return AlertFiles.read(folder.dir().resolve(name));
    }

    /** The alerts of a shared source that fall in the scenario's span, grace included. */
    static List<Alert> within(Truth t, List<Alert> alerts) {
        Instant end = t.end().plus(Incident.GRACE);
        return alerts.stream().filter(a -> {
            Instant at = EventTimes.parseOrNull(a.eventTime);
            return at != null && !at.isBefore(t.start()) && !at.isAfter(end);
        }).toList();
    }
}
