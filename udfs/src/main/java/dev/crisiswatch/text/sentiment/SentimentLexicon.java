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

    // Term flags. The rule-word id (see TermResolver) sits above bit 16; TermTable keeps bits 8-15.
    /** A positive word read as sarcasm when a complaint follows it. */
    static final int IRONIC = 1;
    static final int NEGATOR = 1 << 1;
    /** The first word of at least one phrase. */
    static final int PHRASE_HEAD = 1 << 2;
    /** Phrase flag: the phrase is a booster ("kind of"), not a sentiment term. */
    static final int BOOSTER_PHRASE = 1 << 3;
    /** Something a customer waits for: "no refund", "never got an answer" count against. */
    static final int WANTED = 1 << 4;
    /** The number of words of the longest phrase a head word starts sits in bits 5-7. */
    static final int PHRASE_WORDS_SHIFT = 5;
    static final int PHRASE_WORDS_MASK = 7;
    static final int MAX_PHRASE_WORDS = 4;
    static final int RULE_WORD_SHIFT = 16;

    /** Every single word, emoji and #hashtag: valence (NaN when none), booster strength and flags in one lookup. */
    final TermTable terms;
    final TermTable phrases;
    final boolean complaintDomain;

    private SentimentLexicon(Map<String, TermTable.Entry> terms, Map<String, TermTable.Entry> phrases, boolean complaintDomain) {
        for (String word : java.util.List.copyOf(terms.keySet())) {
            if (TermResolver.isNegation(word.toCharArray(), 0, word.length())) merge(terms, word, Float.NaN, 0, NEGATOR);
        }
        Map<String, Integer> longestPhrase = new HashMap<>();
        for (String phrase : phrases.keySet()) {
            int words = phrase.split(" ").length;
            if (words > MAX_PHRASE_WORDS) throw new IllegalStateException("phrase longer than " + MAX_PHRASE_WORDS + " words: " + phrase);
            longestPhrase.merge(phrase.substring(0, phrase.indexOf(' ')), words, Math::max);
        }
        longestPhrase.forEach((head, words) -> merge(terms, head, Float.NaN, 0, PHRASE_HEAD | words << PHRASE_WORDS_SHIFT));
        for (int id = 1; id < TermResolver.RULE_WORDS.length; id++) {
            merge(terms, TermResolver.RULE_WORDS[id], Float.NaN, 0, id << RULE_WORD_SHIFT);
        }
        this.terms = new TermTable(terms);
        this.phrases = new TermTable(phrases);
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
        Map<String, TermTable.Entry> terms = new HashMap<>(16_384);
        Map<String, TermTable.Entry> phrases = new HashMap<>();
        for (String[] f : rows(VADER_LEXICON)) {
            // VADER's multi-word entries ("fed up") never match its whitespace tokens; only phrases can reach them.
            put(f[0], Float.parseFloat(f[1]), 0, terms, complaintDomain ? phrases : null);
        }
        for (String[] f : rows(VADER_MODIFIERS)) {
            float value = Float.parseFloat(f[2]);
            switch (f[0]) {
                case "negator" -> merge(terms, f[1], Float.NaN, 0, NEGATOR);
                case "booster" -> {
                    if (f[1].indexOf(' ') > 0) phrases.put(f[1], new TermTable.Entry(value, BOOSTER_PHRASE));
                    else merge(terms, f[1], Float.NaN, value, 0);
                }
                case "phrase" -> put(f[1], value, 0, terms, phrases);
                default -> throw new IllegalStateException("unknown modifier kind " + f[0]);
            }
        }
        if (complaintDomain) {
            for (String[] f : rows(COMPLAINT_LEXICON)) {
                int flags = f.length < 3 ? 0 : switch (f[2]) {
                    case "ironic" -> IRONIC;
                    case "wanted" -> WANTED;
                    default -> throw new IllegalStateException("unknown flag " + f[2] + " of " + f[0]);
                };
                put(f[0], Float.parseFloat(f[1]), flags, terms, phrases);
            }
        }
        return new SentimentLexicon(terms, phrases, complaintDomain);
    }

    /** Sets a term's valence (a later file overrides an earlier one), keeping what else is known of it. */
    private static void put(String term, float valence, int flags, Map<String, TermTable.Entry> words,
                            Map<String, TermTable.Entry> phrases) {
        String key = term.toLowerCase(Locale.ROOT);
        if (key.indexOf(' ') >= 0) {
            if (phrases != null) phrases.put(key, new TermTable.Entry(valence, flags));
            return;
        }
        TermTable.Entry old = words.get(key);
        int kept = old == null ? 0 : old.flags() & ~(IRONIC | WANTED);
        words.put(key, new TermTable.Entry(valence, old == null ? 0 : old.booster(), kept | flags));
    }

    /** Adds a booster strength or flags to a term, keeping its valence unless {@code valence} is set. */
    private static void merge(Map<String, TermTable.Entry> words, String term, float valence, float booster, int flags) {
        TermTable.Entry old = words.get(term);
        if (old == null) {
            words.put(term, new TermTable.Entry(valence, booster, flags));
        } else {
            words.put(term, new TermTable.Entry(Float.isNaN(valence) ? old.valence() : valence,
                booster != 0 ? booster : old.booster(), old.flags() | flags));
        }
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
        int slot = terms.find(term.toLowerCase(Locale.ROOT));
        return slot == TermTable.NOT_FOUND ? Double.NaN : terms.valence(slot);
    }
}
