package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What leaves the job is safe to pass on: hostile post texts stay data inside the alert JSON (escaped,
 * unchanged when read back, unable to change the alert's fields), and the job's log output, captured
 * at INFO for every logger, never shows the Kafka passwords and secrets of the config file.
 */
class OutputSafetyTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final String CONFIG = LogCapture.configWithSecrets("SASL_SSL", "at-least-once");

    @TempDir
    static Path dir;
    static Backtest run;
    static String logs;

    @BeforeAll
    static void runWithCapturedLogs() throws Exception {
        Path mentions = Files.write(dir.resolve("mentions.jsonl"), CrisisFixture.mentions(3));
        Path catalog = Files.writeString(dir.resolve("catalog.yaml"), CrisisFixture.CATALOG);
        Path config = Files.writeString(dir.resolve("crisis.yaml"), CONFIG);
        logs = LogCapture.during(() ->
                run = Backtest.run(dir, "safety", mentions, catalog, "--config", config.toString(), "--parallelism", "2"));
    }

    @Test
    void shouldNeverLogKafkaPasswordsOrSecrets() {
        assertThat(logs).as("the job logged its startup").contains("kafka properties").contains("sasl.jaas.config=****");
        assertThat(logs.lines().count()).as("lines of log captured").isGreaterThan(50);
        for (String secret : LogCapture.SECRETS) assertThat(logs).doesNotContain(secret);
    }

    @Test
    void shouldKeepHostileTextAsEscapedDataInTheAlertJson() {
        List<Sample> hostile = run.alerts().stream().flatMap(a -> a.samples.stream())
                .filter(s -> s.id.startsWith("h")).toList();

        assertThat(hostile).as("hostile posts among the samples").isNotEmpty();
        assertThat(hostile).allSatisfy(s -> assertThat(CrisisFixture.HOSTILE_TEXTS).contains(s.text));
        assertThat(run.alertLines()).allSatisfy(line -> {
            assertThat(line.chars()).as("no raw control character in an alert line").allMatch(c -> c >= 0x20);
            assertThat(line).doesNotContain("\u001b");
        });
        assertThat(run.alertLines()).anySatisfy(line -> assertThat(line).contains("\\u001B[2J"));
    }

    @Test
    void shouldNotLetTextInjectFieldsIntoTheAlert() {
        List<Alert> carrying = run.alerts().stream()
                .filter(a -> a.samples.stream().anyMatch(s -> s.text.contains("\"severity\": \"INFO\""))).toList();

        assertThat(carrying).isNotEmpty().allSatisfy(a -> assertThat(a.severity.isCrisis()).isTrue());
        assertThat(carrying).allSatisfy(a -> assertThat(a.topic).isEqualTo("acme-delivery"));
    }
}
