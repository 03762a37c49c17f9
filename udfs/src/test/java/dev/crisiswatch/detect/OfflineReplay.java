package dev.crisiswatch.detect;

import dev.crisiswatch.aggregate.MinuteAggregator;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import dev.crisiswatch.model.TopicCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A tuning aid, not a test: replays a generated scenario directory (mentions.jsonl, complaints.jsonl,
 * catalog.yaml) through the real pre-aggregation and detector in one thread, the way the job's keyed
 * operator would see it, and writes the alerts. Seconds instead of a Flink run per scenario.
 *
 * <p>Usage: {@code OfflineReplay SCENARIO_DIR OUT_NAME [CONFIG]}.
 */
public final class OfflineReplay {
    private static final long MINUTE = 60_000L;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        CrisisConfig cfg = args.length > 2 ? CrisisConfig.load(Path.of(args[2])) : CrisisConfig.defaults();
        TopicCatalog catalog = TopicCatalog.load(dir.resolve("catalog.yaml"));
        List<Event> events = new ArrayList<>();
        read(dir.resolve("mentions.jsonl"), EventKind.MENTION, events);
        read(dir.resolve("complaints.jsonl"), EventKind.COMPLAINT, events);
        events.sort(Comparator.comparingLong(e -> e.ts));

        MinuteAggregator agg = new MinuteAggregator(cfg, catalog);
        Set<String> seen = new HashSet<>();
        for (Event e : events) if (seen.add(e.dedupKey())) agg.add(e);
        TreeMap<Long, TreeMap<String, MinuteBucket>> byMinute = new TreeMap<>();
        agg.flushUpTo(Long.MAX_VALUE, b -> byMinute.computeIfAbsent(b.minute, m -> new TreeMap<>()).merge(b.key, b,
                (x, y) -> { x.merge(y, cfg.preAggregation.samplesPerBucket); return x; }));

        TopicDetector detector = new TopicDetector(cfg);
        Map<String, TopicState> states = new TreeMap<>();
        Set<String> ticking = new TreeSet<>();
        List<Alert> alerts = new ArrayList<>();
        long last = byMinute.lastKey() + 24 * 60 * MINUTE;
        for (long m = byMinute.firstKey(); m <= last; m += MINUTE) {
            TreeMap<String, MinuteBucket> row = byMinute.getOrDefault(m, new TreeMap<>());
            if (row.isEmpty() && ticking.isEmpty() && m > byMinute.lastKey()) break;
            TreeSet<String> keys = new TreeSet<>(row.keySet());
            keys.addAll(ticking);
            for (String key : keys) {
                MinuteBucket b = row.getOrDefault(key, new MinuteBucket(key, m));
                TopicState st = states.computeIfAbsent(key, k -> new TopicState());
                alerts.addAll(detector.onMinute(st, b, meta(catalog, key)));
                if (key.equals(System.getenv("TRACE")) && !b.isEmpty()) {
                    System.err.printf("%s m=%d neg=%d c=%d exp=%.2f level=%.3f long=%.3f slow=%.1f/%.1f neg=%.1f p0=%.2f"
                            + " c=%.1f/%.1f cusum=%.1f/%.1f%n",
                            java.time.Instant.ofEpochMilli(m), b.mentions, b.negativeMentions, b.complaints,
                            st.mentionRate.expected(m, cfg.detection), st.mentionRate.levelRate(), st.mentionRate.longRunRate(),
                            st.slow.mentions, st.slow.expectedMentions, st.slow.negative, st.longNegativeShare.share(),
                            st.slow.complaints, st.slow.expectedComplaints,
                            st.slow.negativeCusum / Math.log(10), st.slow.complaintCusum / Math.log(10));
                }
                if (detector.wantsTicks(st)) ticking.add(key); else ticking.remove(key);
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(args[1]), StandardCharsets.UTF_8)) {
            for (Alert a : alerts) {
                a.detectedAt = a.eventTime;
                w.write(AlertCodec.toJson(a));
                w.newLine();
            }
        }
        System.err.printf("%s: %d events, %d keys, %d alerts%n", dir.getFileName(), events.size(), states.size(), alerts.size());
    }

    private static void read(Path file, EventKind kind, List<Event> out) throws IOException {
        if (!Files.exists(file)) return;
        EventParser parser = new EventParser();
        byte[] all = Files.readAllBytes(file);
        for (int start = 0, i = 0; i <= all.length; i++) {
            if (i < all.length && all[i] != '\n') continue;
            byte[] line = java.util.Arrays.copyOfRange(all, start, i);
            start = i + 1;
            if (line.length == 0) continue;
            try {
                out.add(parser.parse(kind, line));
            } catch (InvalidRecordException e) {
                // dead letter in the job; irrelevant to detection
            }
        }
    }

    private static TopicMeta meta(TopicCatalog catalog, String key) {
        Optional<CatalogTopic> t = catalog.byId(key);
        return t.map(c -> new TopicMeta(c.id(), c.name(), c.owners(), false))
                .orElseGet(() -> TopicMeta.isEmergingKey(key) ? TopicMeta.emerging(key) : new TopicMeta(key, key, List.of(), false));
    }
}
