package dev.crisiswatch.simulator;

import dev.crisiswatch.simulator.cli.BaselineCommand;
import dev.crisiswatch.simulator.cli.EvaluateCommand;
import dev.crisiswatch.simulator.cli.GenerateCommand;
import dev.crisiswatch.simulator.cli.ReplayCommand;
import dev.crisiswatch.simulator.cli.ReportCommand;
import dev.crisiswatch.simulator.cli.SentimentCommand;
import dev.crisiswatch.simulator.cli.TailCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `java -jar crisis-simulator.jar SUBCOMMAND`: the simulator's tools (CONTRACT section 4). */
@Command(name = "crisis-simulator", mixinStandardHelpOptions = true, version = "crisis-simulator 0.1.0",
        description = "Generates scenarios, replays them into Kafka, and scores and shows what the job made of them.",
        subcommands = {GenerateCommand.class, ReplayCommand.class, EvaluateCommand.class, BaselineCommand.class,
            ReportCommand.class, TailCommand.class, SentimentCommand.class, CommandLine.HelpCommand.class})
public final class SimulatorCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to run subcommands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new SimulatorCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(SimulatorCli::reportError);
    }

    /** A failing command says what went wrong in one line; CRISIS_DEBUG=1 adds the stack trace. */
    private static int reportError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (System.getenv("CRISIS_DEBUG") != null) e.printStackTrace(cl.getErr());
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        cl.getErr().println(cl.getCommandName() + ": error: " + what);
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
