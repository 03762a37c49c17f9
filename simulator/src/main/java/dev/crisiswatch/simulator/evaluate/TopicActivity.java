package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.TopicMatcher;
import dev.crisiswatch.simulator.replay.LineReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each catalog topic saw per minute in a scenario's event files, counted with the job's own
 * topic matcher and sentiment function. Malformed lines are skipped and repeated ids count once,
 * as the job does; the report and the baseline rules read it.
 */
public final class TopicActivity {
    private final Map<String, MinuteSeries> byTopic;
    private final int malformed;
    private final int duplicates;

    private TopicActivity(Map<String, MinuteSeries> byTopic, int malformed, int duplicates) {
        this.byTopic = byTopic;
        this.malformed = malformed;
        this.duplicates = duplicates;
    }

    /** Either file may be null. */
    public static TopicActivity load(TopicCatalog catalog, Path mentions, Path complaints) throws IOException {
        Counter counter = new Counter(catalog);
        if (mentions != null) counter.read(mentions, EventKind.MENTION);
        if (complaints != null) counter.read(complaints, EventKind.COMPLAINT);
        return counter.finish();
    }

    /** Series per topic id, in catalog order; topics share one time axis. */
    public Map<String, MinuteSeries> byTopic() {
        return byTopic;
    }

    public int malformed() {
        return malformed;
    }

    public int duplicates() {
        return duplicates;
    }

    private static final class Counter {
        private final TopicCatalog catalog;
        private final TopicMatcher matcher;
        private final SentimentScorer scorer = SentimentScorer.standard();
        private final EventParser parser = new EventParser();
        private final Set<String> seen = new HashSet<>();
        /** Per topic index: minute -> {mentions, negative mentions, complaints}. */
        private final Map<Integer, Map<Long, int[]>> counts = new HashMap<>();
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;
        private int malformed;
        private int duplicates;

        Counter(TopicCatalog catalog) {
            this.catalog = catalog;
            this.matcher = new TopicMatcher(catalog);
        }

        void read(Path file, EventKind kind) throws IOException {
            try (LineReader r = new LineReader(file)) {
                byte[] line;
                while ((line = r.next()) != null) {
                    Event e;
                    try {
                        e = parser.parse(kind, line);
                    } catch (InvalidRecordException ex) {
                        malformed++;
                        continue;
                    }
                    if (!seen.add(e.dedupKey())) {
                        duplicates++;
                        continue;
                    }
                    count(e);
                }
            }
        }

        private void count(Event e) {
            long minute = Math.floorDiv(e.ts, MinuteSeries.MINUTE_MS) * MinuteSeries.MINUTE_MS;
            first = Math.min(first, minute);
            last = Math.max(last, minute);
            int[] topics = matcher.match(e);
            if (topics.length == 0) return;
            boolean negative = "negative".equals(SentimentScorer.label(scorer.score(e.text)));
            for (int t : topics) {
                int[] c = counts.computeIfAbsent(t, k -> new HashMap<>()).computeIfAbsent(minute, k -> new int[3]);
                if (e.isComplaint()) {
                    c[2]++;
                } else {
                    c[0]++;
                    if (negative) c[1]++;
                }
            }
        }

        TopicActivity finish() {
            Map<String, MinuteSeries> out = new LinkedHashMap<>();
            int n = first > last ? 0 : (int) ((last - first) / MinuteSeries.MINUTE_MS) + 1;
            long origin = first > last ? 0 : first;
            for (int t = 0; t < catalog.size(); t++) {
                int[] mentions = new int[n];
                int[] negative = new int[n];
                int[] complaints = new int[n];
                for (var e : counts.getOrDefault(t, Map.of()).entrySet()) {
                    int i = (int) ((e.getKey() - origin) / MinuteSeries.MINUTE_MS);
                    mentions[i] = e.getValue()[0];
                    negative[i] = e.getValue()[1];
                    complaints[i] = e.getValue()[2];
                }
                String id = catalog.get(t).id();
                out.put(id, new MinuteSeries(id, origin, mentions, negative, complaints));
            }
            return new TopicActivity(out, malformed, duplicates);
        }
    }
}
