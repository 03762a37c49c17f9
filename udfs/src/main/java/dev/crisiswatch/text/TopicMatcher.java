package dev.crisiswatch.text;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the catalog topics of an event (CONTRACT section 2) in one pass over its text, at a cost
 * that does not grow with the size of the catalog.
 *
 * <p>Rules, all case-insensitive after NFKC (see {@link TextNormalizer} for what a word is):
 * <ul>
 *   <li>keywords match whole words and whole phrases: "acme" never matches "acmeville", and a
 *       phrase does not run across sentence punctuation. A text word also matches a catalog word
 *       as its regular English plural or possessive ("lost parcel" matches "lost parcels",
 *       "late delivery" matches "late deliveries", "acme" matches "ACME's"); the catalog word
 *       itself should be written in the singular;
 *   <li>hashtags and handles match the whole tag ({@code #AcmeFail} == {@code #acmefail}, but
 *       {@code #acmefailed} is another tag); a tag's body also counts as a word for keywords, so
 *       the keyword "acme" matches "@acme" and "#acme";
 *   <li>a complaint's {@code category} matches a topic's {@code categories} exactly, ignoring case;
 *   <li>upstream {@code topics} ids that exist in the catalog are kept.
 * </ul>
 *
 * <p>Thread-safe: the per-call scratch state is per thread.
 */
public final class TopicMatcher implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] NONE = new int[0];
    private static final int MIN_PLURAL_STEM = 3;

    private final TopicCatalog catalog;
    private final Vocabulary vocabulary = new Vocabulary();
    private final PhraseAutomaton phrases;
    /** By vocabulary id: the topics of that hashtag or handle, or null. */
    private final int[][] tagTopics;
    private final Map<String, int[]> categoryTopics;
    private transient ThreadLocal<Scan> scans;

    public TopicMatcher(TopicCatalog catalog) {
        this.catalog = catalog;
        CatalogIndexer indexer = new CatalogIndexer();
        for (int t = 0; t < catalog.size(); t++) indexer.addTopic(t, catalog.get(t));
        this.phrases = indexer.automaton.build();
        this.tagTopics = indexer.tagTopics();
        this.categoryTopics = indexer.categories();
    }

    /** Indices into the catalog of the topics the event belongs to, ascending, no repeats. */
    public int[] match(Event e) {
        Scan scan = scan();
        scan.begin();
        if (e.text != null) scan.tokenizer.tokenize(e.text, scan);
        return finish(scan, e);
    }

    /**
     * Starts a match whose text tokens come from outside: feed the sink returned here every token of
     * {@code TextNormalizer.tokenize(e.text, ...)}, then call {@link #finish(Event)}. The same result as
     * {@link #match(Event)}, for a caller that tokenizes the text once for several consumers. The sink is
     * this thread's; it may change a token's chars during the call but restores them before returning.
     */
    public TextNormalizer.TokenSink begin() {
        Scan scan = scan();
        scan.begin();
        return scan;
    }

    /** The topics of the match {@link #begin()} started, with the event's category and upstream topics. */
    public int[] finish(Event e) {
        return finish(scan(), e);
    }

    private int[] finish(Scan scan, Event e) {
        if (e.category != null && !categoryTopics.isEmpty()) {
            int[] topics = categoryTopics.get(TextNormalizer.foldLabel(e.category));
            if (topics != null) for (int t : topics) scan.hit(t);
        }
        if (e.topics != null) {
            for (String id : e.topics) {
                int t = id == null ? -1 : catalog.indexOf(id);
                if (t >= 0) scan.hit(t);
            }
        }
        return scan.result();
    }

    public TopicCatalog catalog() {
        return catalog;
    }

    /** Distinct folded words, hashtags and handles the catalog knows. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    private Scan scan() {
        ThreadLocal<Scan> s = scans;
        if (s == null) {
            s = ThreadLocal.withInitial(Scan::new);
            scans = s;
        }
        return s.get();
    }

    /** The id of a text word: exact, else its singular (parcels, deliveries, boxes, acme's). */
    private int wordId(char[] chars, int off, int len) {
        int id = vocabulary.find(chars, off, len);
        if (id >= 0 || len <= MIN_PLURAL_STEM || chars[off + len - 1] != 's') return id;
        char before = chars[off + len - 2];
        if (before == 's') return -1;
        if (before == 'e' && chars[off + len - 3] == 'i' && len - 3 >= MIN_PLURAL_STEM) {
            char i = chars[off + len - 3];
            chars[off + len - 3] = 'y';
            id = vocabulary.find(chars, off, len - 2);
            chars[off + len - 3] = i;
            if (id >= 0) return id;
        }
        id = vocabulary.find(chars, off, len - 1);
        if (id < 0 && before == 'e' && len - 2 >= MIN_PLURAL_STEM) id = vocabulary.find(chars, off, len - 2);
        return id;
    }

    /** Per-thread state of one match call; it is the token sink, so tokenizing allocates nothing. */
    private final class Scan implements TextNormalizer.TokenSink {
        final TextNormalizer tokenizer = new TextNormalizer();
        final int[] stamp = new int[catalog.size()];
        int[] hits = new int[16];
        int hitCount;
        int now;
        int state;

        void begin() {
            hitCount = 0;
            state = PhraseAutomaton.ROOT;
            if (++now == 0) {
                Arrays.fill(stamp, 0);
                now = 1;
            }
        }

        @Override
        public void token(int kind, char[] chars, int len) {
            if (kind == TextNormalizer.BREAK) {
                state = PhraseAutomaton.ROOT;
                return;
            }
            int off = 0;
            if (kind != TextNormalizer.WORD) {
                int tag = vocabulary.find(chars, 0, len);
                if (tag >= 0 && tagTopics[tag] != null) for (int t : tagTopics[tag]) hit(t);
                off = 1;
            }
            state = phrases.step(state, wordId(chars, off, len - off));
            int[] out = phrases.outputs();
            for (int k = phrases.outputFrom(state), end = phrases.outputTo(state); k < end; k++) hit(out[k]);
        }

        void hit(int topic) {
            if (stamp[topic] == now) return;
            stamp[topic] = now;
            if (hitCount == hits.length) hits = Arrays.copyOf(hits, hitCount * 2);
            hits[hitCount++] = topic;
        }

        int[] result() {
            if (hitCount == 0) return NONE;
            int[] r = Arrays.copyOf(hits, hitCount);
            if (hitCount > 1) Arrays.sort(r);
            return r;
        }
    }

    /** Turns catalog entries into vocabulary ids, automaton phrases and lookup tables. */
    private final class CatalogIndexer {
        final PhraseAutomaton.Builder automaton = new PhraseAutomaton.Builder();
        final TextNormalizer tokenizer = new TextNormalizer();
        final Map<Integer, List<Integer>> tags = new HashMap<>();
        final Map<String, List<Integer>> categories = new HashMap<>();

        void addTopic(int topic, CatalogTopic c) {
            for (String k : c.keywords()) addKeyword(topic, k);
            for (String h : c.hashtags()) addTag(topic, h, '#');
            for (String h : c.handles()) addTag(topic, h, '@');
            for (String cat : c.categories()) {
                if (cat != null && !cat.isBlank()) {
                    List<Integer> ts = categories.computeIfAbsent(TextNormalizer.foldLabel(cat), x -> new ArrayList<>());
                    if (!ts.contains(topic)) ts.add(topic);
                }
            }
        }

        private void addKeyword(int topic, String keyword) {
            List<Token> tokens = tokens(keyword);
            if (tokens.size() == 1 && tokens.get(0).kind != TextNormalizer.WORD) {
                addTagId(topic, vocabulary.intern(tokens.get(0).text));
                return;
            }
            List<Integer> words = new ArrayList<>();
            for (Token t : tokens) {
                if (t.kind == TextNormalizer.BREAK) continue;
                String w = t.kind == TextNormalizer.WORD ? t.text : t.text.substring(1);
                words.add(vocabulary.intern(w));
            }
            if (!words.isEmpty()) automaton.add(words.stream().mapToInt(Integer::intValue).toArray(), topic);
        }

        private void addTag(int topic, String tag, char sigil) {
            if (tag == null || tag.isBlank()) return;
            String withSigil = tag.strip().charAt(0) == sigil ? tag.strip() : sigil + tag.strip();
            List<Token> tokens = tokens(withSigil);
            int kind = sigil == '#' ? TextNormalizer.HASHTAG : TextNormalizer.HANDLE;
            if (tokens.size() != 1 || tokens.get(0).kind != kind) {
                throw new IllegalArgumentException("catalog topic '" + catalog.get(topic).id()
                        + "': '" + tag + "' is not a single " + (sigil == '#' ? "hashtag" : "handle"));
            }
            addTagId(topic, vocabulary.intern(tokens.get(0).text));
        }

        private void addTagId(int topic, int id) {
            List<Integer> ts = tags.computeIfAbsent(id, x -> new ArrayList<>());
            if (!ts.contains(topic)) ts.add(topic);
        }

        private List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            tokenizer.tokenize(text, (kind, chars, len) -> out.add(new Token(kind, new String(chars, 0, len))));
            return out;
        }

        int[][] tagTopics() {
            int[][] r = new int[vocabulary.size()][];
            tags.forEach((id, ts) -> r[id] = ts.stream().mapToInt(Integer::intValue).toArray());
            return r;
        }

        Map<String, int[]> categories() {
            Map<String, int[]> r = new HashMap<>();
            categories.forEach((k, ts) -> r.put(k, ts.stream().mapToInt(Integer::intValue).toArray()));
            return r;
        }
    }

    private record Token(int kind, String text) {}
}
