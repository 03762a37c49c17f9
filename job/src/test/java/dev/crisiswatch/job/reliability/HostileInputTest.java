package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job (file mode) on a crisis stream laced with every record of the bad-record corpus, a
 * 10 MB line and events from far in the past and future, the first line among them: every bad record
 * reaches the dead letters with its origin and reason, and the crisis is still detected in time.
 */
class HostileInputTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Path CORPUS = Path.of("../udfs/src/test/resources/fuzz/records");
    private static final String CORPUS_ISO = "2026-03-02T10:00:00Z";
    private static final String CORPUS_EPOCH = "1772445600000";
    private static final int MAX_RECORD_BYTES = 1 << 20;

    @TempDir
    static Path dir;
    static Path mentions;
    static Path catalog;
    /** What was planted, by line number of the mentions file. */
    static final Map<Integer, Planted> planted = new HashMap<>();
    static Backtest run;

    record Planted(String name, byte[] bytes) {}

    @BeforeAll
    static void plantAndRun() throws Exception {
        List<byte[]> bad = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                names.add(f.getFileName().toString());
                bad.add(Files.readAllBytes(f));
            }
        }
        List<String> good = CrisisFixture.mentions(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = 0;
        line = plant(out, line, "far-future-first-line (2099)", CrisisFixture.mentionJson("future1",
                Instant.parse("2099-06-01T00:00:00Z"), "my parcel from the future", 10).getBytes(StandardCharsets.UTF_8));
        int next = 0;
        for (int i = 0; i < good.size(); i++) {
            String g = good.get(i);
            line = plant(out, line, null, g.getBytes(StandardCharsets.UTF_8));
            Instant now = Instant.parse(g.substring(g.indexOf("\"ts\":\"") + 6, g.indexOf("\",\"source\"")));
            if (i % 30 == 15 && next < bad.size()) {
                line = plant(out, line, names.get(next), retime(bad.get(next), now));
                next++;
            }
            if (i == 200) line = plant(out, line, "text-10MB-line", tenMegabyteRecord(now));
            if (i == 400) {
                line = plant(out, line, "far-past-valid (2001)", CrisisFixture.mentionJson("past1",
                        Instant.parse("2001-09-09T01:46:40Z"), "parcel from 2001", 10).getBytes(StandardCharsets.UTF_8));
            }
            if (i == 500) {
                line = plant(out, line, "far-future-mid-stream (2098)", CrisisFixture.mentionJson("future2",
                        Instant.parse("2098-01-01T00:00:00Z"), "parcel from 2098", 10).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(next).as("every corpus record planted").isEqualTo(bad.size());
        mentions = dir.resolve("hostile-mentions.jsonl");
        Files.write(mentions, out.toByteArray());
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, CrisisFixture.CATALOG);
        run = Backtest.run(dir, "hostile", mentions, catalog, "--parallelism", "2");
        printWhereEveryBadRecordWent();
    }

    @Test
    void shouldDeadLetterEveryUnparseableRecordWithItsFileLineAndTheParsersReason() {
        EventParser parser = new EventParser(MAX_RECORD_BYTES, 20_000);
        int rejected = 0;
        for (Map.Entry<Integer, Planted> p : planted.entrySet()) {
            byte[] bytes = p.getValue().bytes();
            if (isBlank(bytes) || bytes.length > MAX_RECORD_BYTES) continue;
            String reason;
            try {
                parser.parse(EventKind.MENTION, bytes);
                continue;
            } catch (InvalidRecordException e) {
                reason = e.getMessage();
            }
            rejected++;
            JsonNode d = byOrigin(mentions + ":" + p.getKey());
            assertThat(d).as(p.getValue().name() + " in the dead letters").isNotNull();
            assertThat(d.get("reason").asText()).as(p.getValue().name()).isEqualTo(reason);
            assertThat(d.get("stream").asText()).isEqualTo("mentions");
            assertThat(d.has("payload")).isTrue();
        }
        assertThat(rejected).as("corpus records the parser rejects").isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldRejectTheTenMegabyteLineWithoutKeepingIt() {
        int line = lineOf("text-10MB-line");
        JsonNode d = byOrigin(mentions + ":" + line);

        assertThat(d.get("reason").asText()).startsWith("record of 10485").contains("exceeds the limit of 1048576");
        assertThat(d.get("payload").asText().length()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void shouldDeadLetterEventsFarInThePastAndFarInTheFutureOfTheStream() {
        assertThat(reasonFor("mention twitter/past1")).startsWith("late:");
        assertThat(reasonFor("mention twitter/future2")).contains("ahead of the stream");
    }

    @Test
    void shouldStillDetectTheCrisisWhenTheFirstRecordComesFromTheFarFuture() {
        List<Alert> delivery = run.alerts().stream().filter(a -> a.topic.equals("acme-delivery")).toList();
        Alert detected = delivery.stream()
                .filter(a -> a.severity.isCrisis() && a.status != AlertStatus.RESOLVED).findFirst().orElseThrow();

        assertThat(Instant.parse(detected.eventTime))
                .isBetween(CrisisFixture.CRISIS, CrisisFixture.CRISIS.plus(Duration.ofMinutes(40)));
        assertThat(delivery).filteredOn(a -> a.status == AlertStatus.OPEN).as("one incident").hasSize(1);
        assertThat(run.deadLetters().stream().filter(d -> d.get("reason").asText().startsWith("late:"))
                .map(d -> d.get("origin").asText() + " " + d.get("reason").asText())
                .filter(o -> o.startsWith("mention twitter/c"))).as("crisis posts dead-lettered as late").isEmpty();
    }

    private static int plant(ByteArrayOutputStream out, int line, String name, byte[] bytes) throws IOException {
        for (byte b : bytes) assertThat(b).as("a record is one line: " + name).isNotEqualTo((byte) '\n');
        out.write(bytes);
        out.write('\n');
        if (name != null) planted.put(line + 1, new Planted(name, bytes));
        return line + 1;
    }

    /**
     * Corpus records carry a fixed time; move them next to their neighbours so valid ones are on time.
     * (UTF-16/32 records keep theirs: they are dead letters whatever their time.)
     */
    private static byte[] retime(byte[] record, Instant now) {
        String s = new String(record, StandardCharsets.ISO_8859_1)
                .replace(CORPUS_ISO, now.toString()).replace(CORPUS_EPOCH, String.valueOf(now.toEpochMilli()));
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] tenMegabyteRecord(Instant now) {
        return CrisisFixture.mentionJson("huge", now, "my parcel is lost ".repeat(10 * 1024 * 1024 / 18), 10)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode byOrigin(String origin) {
        return run.deadLetters().stream().filter(d -> d.get("origin").asText().equals(origin)).findFirst().orElse(null);
    }

    private static String reasonFor(String origin) {
        JsonNode d = byOrigin(origin);
        assertThat(d).as("dead letter of " + origin).isNotNull();
        return d.get("reason").asText();
    }

    private static int lineOf(String name) {
        return planted.entrySet().stream().filter(e -> e.getValue().name().equals(name)).findFirst().orElseThrow().getKey();
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
        return true;
    }

    /** The table of the report: each planted record and where the job put it. */
    private static void printWhereEveryBadRecordWent() {
        StringBuilder sb = new StringBuilder("\nbad record -> where it went\n");
        planted.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> {
            JsonNode d = byOrigin(mentions + ":" + p.getKey());
            String where;
            if (d != null) {
                where = "dead letter: " + d.get("reason").asText();
            } else if (isBlank(p.getValue().bytes())) {
                where = "skipped: blank line, not a record";
            } else {
                where = "parsed as an event" + routed(p.getValue().bytes());
            }
            sb.append(String.format(Locale.ROOT, "  %-36s line %5d  %s%n", p.getValue().name(), p.getKey(),
                    abbreviate(where)));
        });
        sb.append("alerts: ").append(run.alerts().size()).append('\n');
        run.alerts().forEach(a -> sb.append("  ").append(a).append('\n'));
        System.out.println(sb);
    }

    /** Where a parsed event went after the router: on to detection, or to the dead letters. */
    private static String routed(byte[] bytes) {
        try {
            var e = new EventParser(MAX_RECORD_BYTES, 20_000).parse(EventKind.MENTION, bytes);
            JsonNode d = byOrigin("mention " + e.source + "/" + e.id);
            return d == null ? " -> detection" : " -> dead letter: " + d.get("reason").asText();
        } catch (InvalidRecordException ex) {
            return "?";
        }
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 110 ? clean : clean.substring(0, 110) + "...";
    }
}
