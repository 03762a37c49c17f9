package dev.crisiswatch.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.simulator.SimulatorCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatorCliTest {
    @ParameterizedTest
    @ValueSource(strings = {"generate", "replay", "evaluate", "baseline", "report", "tail", "sentiment"})
    void shouldPrintUsageWithItsOptionsForEverySubcommandsHelp(String subcommand) {
        StringWriter out = new StringWriter();
        var cli = SimulatorCli.commandLine();
        cli.setOut(new PrintWriter(out));

        int code = cli.execute(subcommand, "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: crisis-simulator " + subcommand).contains("-h, --help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"replay --help:--speed", "evaluate --help:--rule", "tail --help:--from-beginning",
        "report --help:--catalog", "baseline --help:meltwater"})
    void shouldDocumentTheOptionsTheContractNames(String spec) {
        String[] parts = spec.split(":");
        StringWriter out = new StringWriter();
        var cli = SimulatorCli.commandLine();
        cli.setOut(new PrintWriter(out));

        cli.execute(parts[0].split(" "));

        assertThat(out.toString()).contains(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"replay", "tail"})
    void shouldRefuseToRunWithoutTheBootstrapServers(String subcommand) {
        StringWriter err = new StringWriter();
        var cli = SimulatorCli.commandLine();
        cli.setErr(new PrintWriter(err));

        int code = cli.execute(subcommand);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--bootstrap-servers=HOST:PORT'");
    }
}
