package dev.crisiswatch.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The candidate terms of a post for the emerging-issue detector: its hashtags, its @handles, and
 * its word bigrams once stop words are dropped ("my parcel was never delivered" gives
 * "parcel never" and "never delivered"). All folded (NFKC, lower case).
 *
 * <p>Bigrams do not run across sentence punctuation, hashtags or handles; one-letter words and
 * short numbers are skipped. Each distinct term is given once per text. Not thread-safe: one
 * instance per operator instance.
 */
public final class TermExtractor implements TextNormalizer.TokenSink {
    private static final int MIN_NUMBER_LENGTH = 3;

    private final Vocabulary stopWords;
    private final TextNormalizer tokenizer = new TextNormalizer();
    /** Terms given for the current text; a set, since a 20,000-character text has thousands of terms. */
    private final Set<String> given = new HashSet<>();
    private char[] previous = new char[64];
    private int previousLength;
    private Consumer<String> out;

    public TermExtractor() {
        this(StopWords.english());
    }

    public TermExtractor(Vocabulary stopWords) {
        this.stopWords = stopWords;
    }

    /** Gives each distinct term of the text to {@code out}, in order of first appearance. */
    public void extract(String text, Consumer<String> out) {
        this.out = out;
        given.clear();
        previousLength = 0;
        try {
            tokenizer.tokenize(text, this);
        } finally {
            this.out = null;
        }
    }

    /** The distinct terms of the text as a list (convenience for tests and tools). */
    public List<String> terms(String text) {
        List<String> r = new ArrayList<>();
        extract(text, r::add);
        return r;
    }

    @Override
    public void token(int kind, char[] chars, int len) {
        if (kind == TextNormalizer.BREAK) {
            previousLength = 0;
        } else if (kind != TextNormalizer.WORD) {
            give(new String(chars, 0, len));
            previousLength = 0;
        } else if (isContentWord(chars, len)) {
            if (previousLength > 0) give(bigram(chars, len));
            remember(chars, len);
        }
    }

    private boolean isContentWord(char[] chars, int len) {
        if (len < 2 || stopWords.find(chars, 0, len) >= 0) return false;
        if (len >= MIN_NUMBER_LENGTH) return true;
        for (int k = 0; k < len; k++) {
            if (chars[k] < '0' || chars[k] > '9') return true;
        }
        return false;
    }

    private String bigram(char[] chars, int len) {
        char[] b = new char[previousLength + 1 + len];
        System.arraycopy(previous, 0, b, 0, previousLength);
        b[previousLength] = ' ';
        System.arraycopy(chars, 0, b, previousLength + 1, len);
        return new String(b);
    }

    private void remember(char[] chars, int len) {
        if (previous.length < len) previous = new char[len * 2];
        System.arraycopy(chars, 0, previous, 0, len);
        previousLength = len;
    }

    private void give(String term) {
        if (given.add(term)) out.accept(term);
    }
}
