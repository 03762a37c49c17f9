package dev.crisiswatch.job;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.state.rocksdb.RocksDBOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point. File mode (backtest): {@code --mentions/--complaints FILE --alerts-out FILE} reads
 * bounded JSON Lines in event time and exits. Streaming: {@code --bootstrap-servers HOST:PORT}
 * reads the Kafka topics and writes alerts to Kafka; runnable locally or submitted to a cluster.
 * Subcommand {@code bootstrap}: a savepoint of the detector's state after recorded history (warm start).
 */
@Command(name = "crisis-job", mixinStandardHelpOptions = true, version = "CrisisWatch 0.1.0",
        description = "Detects brand crises in public mentions and customer-service complaints.",
        subcommands = BootstrapCommand.class)
public final class CrisisJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CrisisJob.class);

    // Inherited options are given after a subcommand too (`bootstrap --catalog F`); required is checked
    // by each command, since picocli would demand it before the subcommand's name.
    @Option(names = "--catalog", scope = ScopeType.INHERIT, description = "Topic catalog YAML (CONTRACT section 2); required.")
    Path catalog;

    @Option(names = "--config", scope = ScopeType.INHERIT,
            description = "Job config YAML; defaults documented in crisis-default.yaml.")
    Path config;

    @Option(names = "--mentions", scope = ScopeType.INHERIT, description = "Mentions JSON Lines file (file mode).")
    String mentions;

    @Option(names = "--complaints", scope = ScopeType.INHERIT, description = "Complaints JSON Lines file (file mode).")
    String complaints;

    @Option(names = "--alerts-out", description = "Write alerts to this JSON Lines file instead of Kafka.")
    String alertsOut;

    @Option(names = "--dead-letter-out",
            description = "Dead-letter JSON Lines file (file mode; default: next to --alerts-out).")
    String deadLetterOut;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (streaming mode).")
    String bootstrapServers;

    @Option(names = "--parallelism", scope = ScopeType.INHERIT, description = "Job parallelism (default: the environment's).")
    Integer parallelism;

    @Option(names = "--checkpoint-dir", description = "Checkpoint directory URI; overrides state.checkpointDir.")
    String checkpointDir;

    @Option(names = "--job-name", defaultValue = "crisiswatch", description = "Flink job name.")
    String jobName;

    @Option(names = "--from-savepoint", paramLabel = "DIR",
            description = "Start from this savepoint, e.g. one written by `bootstrap` (on a cluster: flink run -s DIR).")
    String fromSavepoint;

    public static void main(String[] args) {
        int code = new CommandLine(new CrisisJob()).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        prepare().execute(jobName);
        return 0;
    }

    /** Checks the options and builds the whole job on an execution environment, ready to execute. */
    public StreamExecutionEnvironment prepare() throws Exception {
        requireCatalog();
        boolean fileInput = mentions != null || complaints != null;
        if (!fileInput && bootstrapServers == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "give --mentions/--complaints files (backtest) or --bootstrap-servers (streaming)");
        }
        if (alertsOut == null && bootstrapServers == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "give --alerts-out FILE or --bootstrap-servers for the alerts");
        }
        CrisisConfig cfg = loadConfig();
        TopicCatalog topics = TopicCatalog.load(catalog);
        LOG.info("CrisisWatch: {} catalog topics, mode {}, kafka properties {}", topics.size(),
                fileInput ? "file" : "kafka", cfg.kafka.redactedProperties());

        Configuration conf = flinkConfiguration(cfg, !fileInput, checkpointDir);
        if (fromSavepoint != null) conf.set(StateRecoveryOptions.SAVEPOINT_PATH, fromSavepoint);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        if (parallelism != null) env.setParallelism(parallelism);

        DataStream<Parsed> input = fileInput ? fileInput(env, cfg, mentions, complaints)
                : Sources.kafka(env, cfg, bootstrapServers);
        CrisisTopology.Outputs out = CrisisTopology.build(input, cfg, topics);
        if (alertsOut != null) {
            Sinks.alertsToFile(out.alerts(), alertsOut);
            Sinks.deadLettersToFile(out.deadLetters(), deadLetterOut != null ? deadLetterOut : siblingOf(alertsOut));
        } else {
            Sinks.alertsToKafka(out.alerts(), cfg, bootstrapServers);
            Sinks.deadLettersToKafka(out.deadLetters(), cfg, bootstrapServers);
        }
        return env;
    }

    void requireCatalog() {
        if (catalog == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "Missing required option: '--catalog'");
        }
    }

    /** The config file's settings, or the defaults. */
    CrisisConfig loadConfig() throws java.io.IOException {
        return config == null ? CrisisConfig.defaults() : CrisisConfig.load(config);
    }

    /** The mentions and complaints files (either may be null) as one stream. */
    static DataStream<Parsed> fileInput(StreamExecutionEnvironment env, CrisisConfig cfg, String mentions,
            String complaints) {
        DataStream<Parsed> input = null;
        if (mentions != null) input = Sources.file(env, cfg, mentions, EventKind.MENTION);
        if (complaints != null) {
            DataStream<Parsed> c = Sources.file(env, cfg, complaints, EventKind.COMPLAINT);
            input = input == null ? c : input.union(c);
        }
        return input;
    }

    /** Settings the job brings itself; a cluster's own config.yaml supplies the rest. */
    static Configuration flinkConfiguration(CrisisConfig cfg, boolean streaming, String checkpointDir) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        conf.set(PipelineOptions.GENERIC_TYPES, false); // every record type must have a Flink serializer
        // Chained operators hand records on without a serializer copy; no operator keeps or changes its input.
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        // Most de-duplication look-ups are for posts never seen: a bloom filter answers them without reading SSTs.
        conf.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
        // The de-duplication state grows by one key per post: one filter block per SST file would reach
        // megabytes, and evicted from the block cache it is read whole again for a single look-up.
        // Partitioned, only the top-level index stays in memory and a look-up loads one small partition.
        conf.set(RocksDBOptions.USE_PARTITIONED_INDEX_FILTERS, true);
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        String dir = checkpointDir != null ? checkpointDir : cfg.state.checkpointDir;
        if (streaming) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL,
                    java.time.Duration.ofMillis(cfg.state.checkpointIntervalMillis()));
            if (dir != null && !dir.isBlank()) conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir);
        }
        return conf;
    }

    private static String siblingOf(String alertsFile) {
        Path p = Path.of(alertsFile).toAbsolutePath();
        String name = p.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        return p.resolveSibling(name + ".deadletter.jsonl").toString();
    }
}
