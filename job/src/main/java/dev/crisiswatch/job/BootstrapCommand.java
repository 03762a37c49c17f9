package dev.crisiswatch.job;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.job.bootstrap.DetectorSnapshot;
import dev.crisiswatch.job.bootstrap.DetectorStateWriter;
import dev.crisiswatch.job.bootstrap.HistoryDetectorFunction;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.job.operators.DetectorFunction;
import dev.crisiswatch.model.TopicCatalog;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.OperatorTransformation;
import org.apache.flink.state.api.SavepointWriter;
import org.apache.flink.state.api.StateBootstrapTransformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis-job bootstrap}: replays recorded history through the job's own routing, de-duplication,
 * pre-aggregation and detector (alerts discarded) and writes a savepoint with the detector's state, so
 * a live job started from it ({@code -s DIR}, or {@code --from-savepoint DIR}) has its baselines warm.
 */
@Command(name = "bootstrap", mixinStandardHelpOptions = true,
        description = {"Writes a savepoint whose detector state is what the job holds after the given history.",
            "Start the live job from it where the history ends: a gap reads as silence."})
public final class BootstrapCommand implements Callable<Integer> {
    /** Flink's own default for parallelism up to 128; a job that sets none adopts the savepoint's. */
    static final int DEFAULT_MAX_PARALLELISM = 128;

    /** Holds the inherited --catalog, --config, --mentions, --complaints and --parallelism: the live job's. */
    @ParentCommand
    CrisisJob job;

    @Option(names = "--savepoint-out", required = true, paramLabel = "DIR",
            description = "Savepoint directory to write: a local path or a URI (s3://...).")
    String savepointOut;

    @Option(names = "--max-parallelism", description = "Max parallelism of the live job (pipeline.max-parallelism;"
            + " default: the environment's, else " + DEFAULT_MAX_PARALLELISM + ").")
    Integer maxParallelism;

    @Override
    public Integer call() throws Exception {
        if (job.mentions == null && job.complaints == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "give the history as --mentions and/or --complaints files");
        }
        URI target = savepointUri();
        if ("file".equals(target.getScheme()) && Files.exists(Path.of(target).resolve("_metadata"))) {
            // Flink would write the state files, then fail on _metadata deep in a stack trace.
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--savepoint-out " + savepointOut + " already holds a savepoint; give a new directory");
        }
        JobExecutionResult r = prepare().execute("crisiswatch-bootstrap");
        Integer keys = r.getAccumulatorResult(HistoryDetectorFunction.KEYS);
        Long last = r.getAccumulatorResult(HistoryDetectorFunction.LAST_MINUTE);
        System.err.printf("bootstrap: wrote the state of %d keys to %s; history judged up to %s:"
                        + " start the live stream there%n", keys == null ? 0 : keys, savepointOut,
                last == null || last == Long.MIN_VALUE ? "nothing" : Instant.ofEpochMilli(last + 60_000));
        return 0;
    }

    /** Builds the replay and the savepoint writer on an execution environment, ready to execute. */
    public StreamExecutionEnvironment prepare() throws Exception {
        job.requireCatalog();
        CrisisConfig cfg = job.loadConfig();
        TopicCatalog topics = TopicCatalog.load(job.catalog);
        Configuration conf = CrisisJob.flinkConfiguration(cfg, false, null);
        // The savepoint writer ships its own records (subtask and operator states) with Kryo.
        conf.set(PipelineOptions.GENERIC_TYPES, true);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        if (job.parallelism != null) env.setParallelism(job.parallelism);
        int maxPar = maxParallelism != null ? maxParallelism
                : env.getConfig().getMaxParallelism() > 0 ? env.getConfig().getMaxParallelism() : DEFAULT_MAX_PARALLELISM;

        DataStream<Parsed> input = CrisisJob.fileInput(env, cfg, job.mentions, job.complaints);
        DataStream<MinuteBucket> buckets = CrisisTopology.buckets(CrisisTopology.route(input, cfg), cfg, topics);
        SingleOutputStreamOperator<EncodedAlert> replay = buckets
                .keyBy(b -> b.key)
                .process(new HistoryDetectorFunction(cfg, topics))
                .uid("replay-detect").name("Replay the detector over history");

        StateBootstrapTransformation<DetectorSnapshot> detectorState = OperatorTransformation
                .bootstrapWith(replay.getSideOutput(HistoryDetectorFunction.SNAPSHOTS))
                .keyBy(s -> s.key, Types.STRING)
                .transform(new DetectorStateWriter(cfg));
        SavepointWriter.newSavepoint(env, maxPar)
                .withOperator(OperatorIdentifier.forUid(DetectorFunction.UID), detectorState)
                .write(savepointUri().toString());
        return env;
    }

    /** --savepoint-out as a URI: a local path becomes an absolute file: URI. */
    private URI savepointUri() {
        return savepointOut.contains("://") ? URI.create(savepointOut) : Path.of(savepointOut).toAbsolutePath().toUri();
    }
}
