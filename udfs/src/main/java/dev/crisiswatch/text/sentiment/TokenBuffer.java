package dev.crisiswatch.text.sentiment;

import java.util.Arrays;

/**
 * The tokens of one text and what the rules learn about them, in parallel arrays. One buffer per
 * thread, reused from text to text so that scoring allocates nothing in the steady state.
 */
final class TokenBuffer {
    // Token flags.
    static final int CAPS = 1;
    static final int HASHTAG = 1 << 1;
    static final int MENTION = 1 << 2;
    static final int URL = 1 << 3;
    static final int EMOJI = 1 << 4;
    static final int ELONGATED = 1 << 5;
    static final int SENTENCE_END = 1 << 6;
    static final int NEGATOR = 1 << 7;
    /** A later word of a matched phrase: counts as lexical (blocks modifiers) but carries no valence. */
    static final int IN_PHRASE = 1 << 8;
    static final int IRONIC = 1 << 9;
    /** Ends a sentence with a question mark. */
    static final int QUESTION_END = 1 << 11;
    /** Followed by a comma, semicolon or colon. */
    static final int CLAUSE_END = 1 << 12;
    /** An emoticon such as ":(" or "<3": no letter or digit to start it. */
    static final int EMOTICON = 1 << 13;
    /** May start a phrase: its word starts one in the lexicon. */
    static final int PHRASE_START = 1 << 14;
    /** Something a customer waits for (a refund, an answer): negated, it is a failed service. */
    static final int WANTED = 1 << 15;
    /** The first word of a matched phrase, which carries the phrase's valence. */
    static final int PHRASE_HEAD = 1 << 10;

    char[] text = new char[256];
    char[] lower = new char[256];
    char[] scratch = new char[64];
    /** Prefix and suffix hashes of one hashtag, [0, n) prefixes and [n, 2n) suffixes. */
    int[] partHashes = new int[128];
    /** Hashes and lengths of the 2..4-word joins that start at one phrase head, by word count. */
    final int[] phraseHashes = new int[SentimentLexicon.MAX_PHRASE_WORDS + 1];
    final int[] phraseLengths = new int[SentimentLexicon.MAX_PHRASE_WORDS + 1];

    int count;
    int capsCount;
    int exclamations;
    int questions;
    int[] start = new int[64];
    int[] length = new int[64];
    /** The polynomial hash of the token's lower-case chars ({@link TermTable#rawHash}). */
    int[] hash = new int[64];
    int[] flags = new int[64];
    int[] wordId = new int[64];
    /** For a token that may start a phrase: the number of words of the longest phrase it starts. */
    int[] phraseWords = new int[64];
    /** Lexicon valence, or NaN when the token is not a sentiment term. */
    float[] lexicon = new float[64];
    /** Booster (+) or dampener (-) strength; 0 when the token is not one. */
    float[] booster = new float[64];
    /** The valence each token contributes after the rules. */
    float[] sentiment = new float[64];

    void reset(String input) {
        int n = input.length();
        if (lower.length < n) {
            lower = new char[Math.max(n, lower.length * 2)];
            text = new char[lower.length];
        }
        count = 0;
        capsCount = 0;
        exclamations = 0;
        questions = 0;
    }

    /** Appends a token and returns its index. */
    int add(int tokenStart, int tokenLength, int tokenFlags, int tokenHash) {
        if (count == start.length) grow();
        int i = count++;
        start[i] = tokenStart;
        length[i] = tokenLength;
        hash[i] = tokenHash;
        flags[i] = tokenFlags;
        wordId[i] = 0;
        lexicon[i] = Float.NaN;
        booster[i] = 0;
        if ((tokenFlags & CAPS) != 0) capsCount++;
        return i;
    }

    /** Whether token {@code i} has any of {@code flag}'s bits. */
    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    boolean isLexical(int i) {
        return !Float.isNaN(lexicon[i]) || has(i, IN_PHRASE);
    }

    /** A word with a valence of its own: "help", which the domain reads as neutral, carries none. */
    boolean carriesValence(int i) {
        return has(i, IN_PHRASE) || (!Float.isNaN(lexicon[i]) && lexicon[i] != 0);
    }

    char[] scratch(int size) {
        if (scratch.length < size) scratch = new char[Math.max(size, scratch.length * 2)];
        return scratch;
    }

    int[] partHashes(int n) {
        if (partHashes.length < 2 * n) partHashes = new int[Math.max(2 * n, partHashes.length * 2)];
        return partHashes;
    }

    private void grow() {
        int size = start.length * 2;
        start = Arrays.copyOf(start, size);
        length = Arrays.copyOf(length, size);
        hash = Arrays.copyOf(hash, size);
        flags = Arrays.copyOf(flags, size);
        wordId = Arrays.copyOf(wordId, size);
        phraseWords = Arrays.copyOf(phraseWords, size);
        lexicon = Arrays.copyOf(lexicon, size);
        booster = Arrays.copyOf(booster, size);
        sentiment = Arrays.copyOf(sentiment, size);
    }
}
