package dev.crisiswatch.text.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words the scorer knows: VADER's lexicon, negators and boosters, and optionally the
 * complaint-domain extension that overrides and adds terms. Built once, then read-only.
 */
public final class SentimentLexicon {
    static final String VADER_LEXICON = "/sentiment/vader_lexicon.txt";
    static final String VADER_MODIFIERS = "/sentiment/vader_modifiers.txt";
    static final String COMPLAINT_LEXICON = "/sentiment/complaint_lexicon.txt";

    /** Valence flag: a positive word read as sarcasm when a complaint follows it. */
    static final int IRONIC = 1;
    /** Modifier flags. */
    static final int NEGATOR = 1;
    static final int BOOSTER = 2;
    /** Phrase flag: the phrase is a booster ("kind of"), not a sentiment term. */
    static final int BOOSTER_PHRASE = 4;

    final TermTable valences;
    final TermTable modifiers;
    final TermTable phrases;
    final TermTable phraseHeads;
    final boolean complaintDomain;

    private SentimentLexicon(Map<String, TermTable.Entry> valences, Map<String, TermTable.Entry> modifiers,
                             Map<String, TermTable.Entry> phrases, boolean complaintDomain) {
        this.valences = new TermTable(valences);
        this.modifiers = new TermTable(modifiers);
        this.phrases = new TermTable(phrases);
        Map<String, TermTable.Entry> heads = new HashMap<>();
        for (String phrase : phrases.keySet()) heads.put(phrase.substring(0, phrase.indexOf(' ')), new TermTable.Entry(0, 0));
        this.phraseHeads = new TermTable(heads);
        this.complaintDomain = complaintDomain;
    }

    /** VADER's lexicon and rule words only: the published baseline. */
    public static SentimentLexicon vader() {
        return load(false);
    }

    /** VADER plus the complaint-domain extension. */
    public static SentimentLexicon complaintDomain() {
        return load(true);
    }

    private static SentimentLexicon load(boolean complaintDomain) {
        Map<String, TermTable.Entry> valences = new HashMap<>(16_384);
        Map<String, TermTable.Entry> modifiers = new HashMap<>();
        Map<String, TermTable.Entry> phrases = new HashMap<>();
        for (String[] f : rows(VADER_LEXICON)) {
            // VADER's multi-word entries ("fed up") never match its whitespace tokens; only phrases can reach them.
            put(f[0], Float.parseFloat(f[1]), 0, valences, complaintDomain ? phrases : null);
        }
        for (String[] f : rows(VADER_MODIFIERS)) {
            float value = Float.parseFloat(f[2]);
            switch (f[0]) {
                case "negator" -> modifiers.put(f[1], new TermTable.Entry(value, NEGATOR));
                case "booster" -> {
                    if (f[1].indexOf(' ') > 0) phrases.put(f[1], new TermTable.Entry(value, BOOSTER_PHRASE));
                    else modifiers.put(f[1], new TermTable.Entry(value, BOOSTER));
                }
                case "phrase" -> put(f[1], value, 0, valences, phrases);
                default -> throw new IllegalStateException("unknown modifier kind " + f[0]);
            }
        }
        if (complaintDomain) {
            for (String[] f : rows(COMPLAINT_LEXICON)) {
                int flags = f.length > 2 && f[2].equals("ironic") ? IRONIC : 0;
                put(f[0], Float.parseFloat(f[1]), flags, valences, phrases);
            }
        }
        return new SentimentLexicon(valences, modifiers, phrases, complaintDomain);
    }

    private static void put(String term, float valence, int flags, Map<String, TermTable.Entry> words,
                            Map<String, TermTable.Entry> phrases) {
        String key = term.toLowerCase(Locale.ROOT);
        if (key.indexOf(' ') < 0) words.put(key, new TermTable.Entry(valence, flags));
        else if (phrases != null) phrases.put(key, new TermTable.Entry(valence, flags));
    }

    /** The tab-separated rows of a resource, skipping blank lines and `# ` comments. */
    private static Iterable<String[]> rows(String resource) {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) continue;
                rows.add(line.strip().split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valence of one lower-case word, emoji or #hashtag, or NaN when unknown (for tests and tools). */
    public double valenceOf(String term) {
        int slot = valences.find(term.toLowerCase(Locale.ROOT));
        return slot == TermTable.NOT_FOUND ? Double.NaN : valences.valence(slot);
    }
}
