package dev.crisiswatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.TopicState;
import dev.crisiswatch.job.operators.DetectorFunction;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.simulator.generate.ChaosOptions;
import dev.crisiswatch.simulator.generate.ScenarioGenerator;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Warm start from recorded history. The simulator's rude-reply-screenshot scenario is cut where its
 * crisis begins (10:00 on day 2): {@code bootstrap} turns the 34 hours before into a savepoint, and the
 * job runs the rest from it. A continuous run over both halves and a cold run of the second half alone
 * are the references. A second cut, an hour into the crisis, carries an open incident across.
 */
class WarmStartTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static final Path SCENARIO = Path.of("..", "simulator", "scenarios", "rude-reply-screenshot.yaml");
    /** The incident's onset (scenario start + 1d10h): the live stream begins with the crisis. */
    static final Instant CUT = Instant.parse("2026-03-03T10:00:00Z");
    static final Instant HISTORY_START = Instant.parse("2026-03-02T00:00:00Z");
    static final String TOPIC = "telnova-support";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path catalog;
    static Path mentions;
    static Path complaints;
    static Path savepoint;
    static List<Alert> warm;
    static List<Alert> cold;
    static List<Alert> continuous;

    @BeforeAll
    static void replayHistoryThenLive() throws Exception {
        Path gen = dir.resolve("scenario");
        new ScenarioGenerator(Scenario.load(SCENARIO), Scenario.load(SCENARIO).seed(), ChaosOptions.none()).writeTo(gen);
        catalog = gen.resolve(ScenarioGenerator.CATALOG_FILE);
        mentions = gen.resolve(ScenarioGenerator.MENTIONS_FILE);
        complaints = gen.resolve(ScenarioGenerator.COMPLAINTS_FILE);
        savepoint = bootstrap("onset", CUT);
        warm = backtest("warm", path("onset-mentions-live"), path("onset-complaints-live"),
                "--from-savepoint", savepoint.toString());
        cold = backtest("cold", path("onset-mentions-live"), path("onset-complaints-live"));
        continuous = backtest("continuous", mentions.toString(), complaints.toString());
    }

    @Test
    void shouldAlertExactlyAsAJobThatHadRunThroughTheHistory() {
        List<Alert> afterCut = continuous.stream().filter(a -> !Instant.parse(a.eventTime).isBefore(CUT)).toList();
        assertThat(afterCut).as("the continuous run alerts after the cut").isNotEmpty();
        // Same ids, severities, metrics (observed against baseline) and samples: the restored state is the same.
        assertThat(BacktestTest.withoutWallClock(warm)).isEqualTo(BacktestTest.withoutWallClock(afterCut));
        assertThat(BacktestTest.withoutWallClock(cold)).isNotEqualTo(BacktestTest.withoutWallClock(afterCut));
    }

    @Test
    void shouldCarryAnOpenIncidentAndItsMinuteTicksAcrossTheCut() throws Exception {
        Instant cut = CUT.plus(Duration.ofHours(1)); // the incident opened at the onset is still open
        Path sp = bootstrap("open", cut);
        List<Alert> resumed = backtest("resumed", path("open-mentions-live"), path("open-complaints-live"),
                "--from-savepoint", sp.toString());
        List<Alert> afterCut = continuous.stream().filter(a -> !Instant.parse(a.eventTime).isBefore(cut)).toList();
        assertThat(afterCut).as("the continuous run goes on with the incident").isNotEmpty()
                .noneMatch(a -> a.topic.equals(TOPIC) && a.status == AlertStatus.OPEN);
        assertThat(BacktestTest.withoutWallClock(resumed)).isEqualTo(BacktestTest.withoutWallClock(afterCut));
    }

    @Test
    void shouldOpenTheCrisisAtOnceWhileAColdJobIsStillWarmingUp() {
        int warmupMinutes = CrisisConfig.defaults().detection.warmupMinutes;
        System.out.println("warm start: warm " + summary(warm) + "\ncold " + summary(cold));
        Instant warmOpen = firstOpen(warm);
        Instant coldOpen = firstOpen(cold);
        assertThat(warmOpen).as("warm job opens while a cold one would still be learning")
                .isBetween(CUT, CUT.plus(Duration.ofMinutes(warmupMinutes)));
        assertThat(cold).allSatisfy(a -> assertThat(Instant.parse(a.eventTime))
                .as("cold job learns its first %d minutes", warmupMinutes)
                .isAfterOrEqualTo(CUT.plus(Duration.ofMinutes(warmupMinutes))));
        assertThat(coldOpen).isAfter(warmOpen);
    }

    @Test
    void shouldWriteTheDetectorStateUnderTheJobsOwnUidAndDescriptors() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SavepointReader sp = SavepointReader.read(env, savepoint.toUri().toString());
        OperatorIdentifier detect = OperatorIdentifier.forUid(DetectorFunction.UID);

        Map<String, TopicState> states = new HashMap<>();
        try (CloseableIterator<Tuple2<String, TopicState>> it = sp.readKeyedState(detect, new TopicStates(),
                Types.STRING, Types.TUPLE(Types.STRING, TypeInformation.of(TopicState.class))).executeAndCollect()) {
            it.forEachRemaining(t -> states.put(t.f0, t.f1));
        }
        assertThat(states).containsKeys(TOPIC, "telnova-network", "telnova-billing");
        long lastHistoryMinute = CUT.minus(Duration.ofMinutes(1)).toEpochMilli();
        TopicState support = states.get(TOPIC);
        assertThat(support.lastMinute).isEqualTo(lastHistoryMinute);
        assertThat(support.firstMinute).isEqualTo(HISTORY_START.toEpochMilli());
        assertThat(support.incident.open).isFalse();
        // Learned from 34 hours, not from the prior: its seasonal profile is in use and nothing is warming up.
        assertThat(support.mentionRate.seasonalFromMinute).isLessThan(CUT.toEpochMilli());
        assertThat(states.values()).allSatisfy(s -> assertThat(s.learnUntilMinute).isLessThanOrEqualTo(CUT.toEpochMilli()));

        List<Long> streamStart = new ArrayList<>();
        try (CloseableIterator<Long> it = sp.readUnionState(detect, DetectorFunction.STREAM_START, Types.LONG)
                .executeAndCollect()) {
            it.forEachRemaining(streamStart::add);
        }
        // One entry per replay subtask (its first minute); the restored job takes the earliest.
        assertThat(streamStart).isNotEmpty().allSatisfy(m -> assertThat(m).isBetween(HISTORY_START.toEpochMilli(), lastHistoryMinute));
        assertThat(streamStart.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(HISTORY_START.toEpochMilli());
    }

    @Test
    void shouldRefuseToWriteOverAnExistingSavepoint() throws Exception {
        byte[] metadata = Files.readAllBytes(savepoint.resolve("_metadata"));
        long files;
        try (var listing = Files.list(savepoint)) {
            files = listing.count();
        }
        int code = new CommandLine(new CrisisJob()).execute("bootstrap", "--mentions", path("onset-mentions-history"),
                "--catalog", catalog.toString(), "--savepoint-out", savepoint.toString());
        assertThat(code).as("exit code of bootstrap into %s", savepoint).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(savepoint.resolve("_metadata")).hasBinaryContent(metadata);
        try (var listing = Files.list(savepoint)) {
            assertThat(listing.count()).as("files in the savepoint").isEqualTo(files);
        }
    }

    /** Reads each key's {@link TopicState} through the detector's own descriptor. */
    static final class TopicStates extends KeyedStateReaderFunction<String, Tuple2<String, TopicState>> {
        private transient ValueState<TopicState> state;

        @Override
        public void open(OpenContext ctx) {
            state = getRuntimeContext().getState(DetectorFunction.topicStateDescriptor(CrisisConfig.defaults()));
        }

        @Override
        public void readKey(String key, Context ctx, Collector<Tuple2<String, TopicState>> out) throws Exception {
            out.collect(Tuple2.of(key, state.value()));
        }
    }

    private static String summary(List<Alert> alerts) {
        return alerts.stream().map(a -> a.eventTime + " " + a.topic + " " + a.status + " " + a.severity + " " + a.kind)
                .toList().toString();
    }

    private static Instant firstOpen(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.topic.equals(TOPIC) && a.status == AlertStatus.OPEN)
                .map(a -> Instant.parse(a.eventTime)).findFirst().orElseThrow();
    }

    /** Splits the scenario at {@code cut} (files NAME-*-history/live) and bootstraps a savepoint from the history. */
    private static Path bootstrap(String name, Instant cut) throws Exception {
        split(mentions, name + "-mentions", cut);
        split(complaints, name + "-complaints", cut);
        Path sp = dir.resolve(name + "-savepoint");
        int code = new CommandLine(new CrisisJob()).execute("bootstrap", "--mentions", path(name + "-mentions-history"),
                "--complaints", path(name + "-complaints-history"), "--catalog", catalog.toString(),
                "--savepoint-out", sp.toString(), "--parallelism", "2");
        assertThat(code).as("exit code of bootstrap").isZero();
        return sp;
    }

    private static List<Alert> backtest(String name, String mentions, String complaints, String... extra)
            throws Exception {
        Path alerts = dir.resolve(name + ".alerts.jsonl");
        List<String> args = new ArrayList<>(List.of("--mentions", mentions, "--complaints", complaints,
                "--catalog", catalog.toString(), "--alerts-out", alerts.toString(), "--parallelism", "2"));
        args.addAll(List.of(extra));
        int code = new CommandLine(new CrisisJob()).execute(args.toArray(String[]::new));
        assertThat(code).as("exit code of the %s run", name).isZero();
        return Files.readAllLines(alerts).stream().map(AlertCodec::fromJson).toList();
    }

    /** Splits a scenario file at {@code cut} into NAME-history.jsonl and NAME-live.jsonl. */
    private static void split(Path file, String name, Instant cut) throws Exception {
        try (BufferedWriter history = Files.newBufferedWriter(dir.resolve(name + "-history.jsonl"));
                BufferedWriter live = Files.newBufferedWriter(dir.resolve(name + "-live.jsonl"))) {
            for (String line : Files.readAllLines(file)) {
                JsonNode ts = JSON.readTree(line).get("ts");
                Instant t = ts.isNumber() ? Instant.ofEpochMilli(ts.asLong()) : Instant.parse(ts.asText());
                BufferedWriter w = t.isBefore(cut) ? history : live;
                w.write(line);
                w.newLine();
            }
        }
    }

    private static String path(String name) {
        return dir.resolve(name + ".jsonl").toString();
    }
}
