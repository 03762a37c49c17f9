package dev.crisiswatch.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmark's tools, driven by {@code bench/run.sh}; each subcommand prints one JSON object on stdout. */
@Command(name = "crisis-bench", mixinStandardHelpOptions = true,
        subcommands = {LoadCommand.class, ConsumeCommand.class, MonitorCommand.class, LatencyCommand.class,
                ProfileCommand.class})
public final class BenchCli implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
