package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.config.Durations;
import dev.crisiswatch.simulator.generate.ChaosOptions;
import dev.crisiswatch.simulator.generate.GenerationResult;
import dev.crisiswatch.simulator.generate.ScenarioGenerator;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a scenario's event files and truth into a folder.",
            "Writes mentions.jsonl, complaints.jsonl, catalog.yaml and truth.json; the same scenario and seed give",
            "the same files. Chaos flags override the scenario's own `chaos:` one by one."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario YAML (simulator/scenarios/).")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder, created if missing.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's own `seed:`).")
    Long seed;

    @Option(names = "--out-of-order", paramLabel = "DURATION",
            description = "Deliver some events up to this late, e.g. 2m (default: the scenario's `chaos:`, else none).")
    String outOfOrder;

    @Option(names = "--duplicates", paramLabel = "RATE", description = "Share of events delivered twice, e.g. 0.01.")
    Double duplicates;

    @Option(names = "--malformed", paramLabel = "RATE", description = "Share of events followed by a corrupted line, e.g. 0.005.")
    Double malformed;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        Scenario sc = Scenario.load(scenario);
        ChaosOptions own = sc.chaos();
        ChaosOptions chaos = new ChaosOptions(
                outOfOrder != null ? Durations.parse(outOfOrder) : own.maxOutOfOrder(),
                duplicates != null ? duplicates : own.duplicateRate(),
                malformed != null ? malformed : own.malformedRate());
        long seedUsed = seed != null ? seed : sc.seed();
        GenerationResult r = new ScenarioGenerator(sc, seedUsed, chaos).writeTo(out);
        System.err.printf(Locale.ROOT, "generated %s (seed %d) into %s: %,d mentions, %,d complaints, %d incidents;"
                        + " chaos: %d late, %d duplicated, %d malformed lines%n",
                scenario.getFileName(), seedUsed, out, r.mentions(), r.complaints(), r.incidents().size(),
                r.outOfOrder(), r.duplicates(), r.malformed());
        return 0;
    }
}
