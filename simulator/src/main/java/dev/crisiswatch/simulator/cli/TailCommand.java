package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.simulator.tail.AlertFormatter;
import dev.crisiswatch.simulator.tail.AlertTail;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints alerts from Kafka as they arrive, readable at a glance.",
            "Shows time, topic, severity, status,",
            "kind, reasons and the sample with the most reach. Texts are stripped of control characters and",
            "terminal escapes. Stop with Ctrl-C."})
public final class TailCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = "crisis-alerts", description = "Alerts topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--from-beginning", description = "Print the alerts already in the topic first.")
    boolean fromBeginning;

    @Option(names = "--max", defaultValue = "0", paramLabel = "N", description = "Stop after N alerts (0: never).")
    long max;

    @Option(names = "--no-color", description = "No ANSI colours (the default when stdout is not a terminal).")
    boolean noColour;

    @Override
    public Integer call() throws InterruptedException {
        boolean colour = !noColour && System.console() != null;
        AlertTail tail = new AlertTail(bootstrapServers, topic, fromBeginning, new AlertFormatter(colour));
        Runtime.getRuntime().addShutdownHook(new Thread(tail::stop));
        tail.run(System.out, max);
        return 0;
    }
}
