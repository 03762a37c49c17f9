package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.job.CrisisJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Secrets of the config never reach the logs through the Kafka clients, which log their whole
 * configuration when the job creates them, nor through the error of a broken config file. Every
 * logger is captured at INFO, Kafka's included.
 */
class SecretLoggingTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** SASL_PLAINTEXT with SCRAM: the clients log in without a network, so they are all created. */
    private static final String CONFIG = LogCapture.configWithSecrets("SASL_PLAINTEXT", "exactly-once");
    /** The config dump each Kafka client logs at INFO as it is created. */
    private static final List<String> CLIENT_CONFIG_DUMPS =
            List.of("AdminClientConfig values", "ConsumerConfig values", "ProducerConfig values");

    @TempDir
    Path dir;

    @Test
    void shouldHideSecretsInTheConfigThatEveryKafkaClientOfTheJobLogs() throws Exception {
        Path config = Files.writeString(dir.resolve("crisis.yaml"), CONFIG);
        Path catalog = Files.writeString(dir.resolve("catalog.yaml"), CrisisFixture.CATALOG);
        CrisisJob job = new CrisisJob();
        new CommandLine(job).parseArgs("--bootstrap-servers", "127.0.0.1:" + closedPort(), "--config",
                config.toString(), "--catalog", catalog.toString());

        String logs = LogCapture.during(() -> {
            JobClient client = job.prepare().executeAsync("secret-logging");
            try {
                waitFor(() -> LogCapture.soFar().contains("AdminClientConfig values")
                        && LogCapture.soFar().contains("ProducerConfig values"), Duration.ofSeconds(90));
            } finally {
                client.cancel().get();
            }
            // The source creates its consumer only once it has partitions, which needs a broker: the same
            // properties make a consumer here.
            Properties props = new Properties();
            props.putAll(CrisisConfig.load(config).kafka.properties);
            props.put("bootstrap.servers", "127.0.0.1:" + closedPort());
            new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer()).close();
        });

        assertThat(logs).contains(CLIENT_CONFIG_DUMPS);
        assertThat(logs).contains("sasl.jaas.config = [hidden]", "ssl.truststore.password = [hidden]");
        assertThat(logs).as("the job's own summary").contains("sasl.jaas.config=****");
        for (String secret : LogCapture.SECRETS) assertThat(logs).doesNotContain(secret);
    }

    @Test
    void shouldNotEchoThePasswordLineOfABrokenConfigInTheErrorOrTheLogs() throws Exception {
        Path config = Files.writeString(dir.resolve("broken.yaml"), CONFIG.replace("'s3cr3t-Hunter2';\"", "'s3cr3t-Hunter2';"));
        Path catalog = Files.writeString(dir.resolve("catalog.yaml"), CrisisFixture.CATALOG);
        Path mentions = Files.write(dir.resolve("mentions.jsonl"), CrisisFixture.mentions(1).subList(0, 10));
        StringWriter stderr = new StringWriter();
        int[] code = new int[1];

        String logs = LogCapture.during(() -> {
            CommandLine cmd = new CommandLine(new CrisisJob());
            cmd.setErr(new PrintWriter(stderr, true));
            code[0] = cmd.execute("--mentions", mentions.toString(), "--catalog", catalog.toString(),
                    "--alerts-out", dir.resolve("alerts.jsonl").toString(), "--config", config.toString());
        });

        assertThat(code[0]).as("exit code").isNotZero();
        assertThat(stderr.toString()).contains("broken.yaml: invalid YAML at line ");
        for (String secret : LogCapture.SECRETS) assertThat(stderr + logs).doesNotContain(secret);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(200);
    }
}
