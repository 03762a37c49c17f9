package dev.crisiswatch.text;

import java.text.Normalizer;

/**
 * Splits a post into folded tokens: NFKC-normalised, case-folded words, hashtags and @handles.
 *
 * <p>Rules (shared by the catalog side and the text side, so both always agree):
 * <ul>
 *   <li>A word is a run of letters, digits, combining marks and {@code _}. An apostrophe between two
 *       word characters is dropped ({@code don't} -> {@code dont}, {@code ACME's} -> {@code acmes}).
 *   <li>Han, Hiragana and Katakana characters are one token each (those scripts write no spaces).
 *   <li>{@code #} or {@code @} at the start of a word (not inside one: {@code bob@acme.com} is no
 *       handle) starts a hashtag or handle token that keeps its sigil ({@code #acmefail}).
 *   <li>{@code http://}, {@code https://} and {@code www.} links are skipped whole.
 *   <li>Sentence punctuation ({@code . , ; : ! ?} and line breaks) is reported as a {@link #BREAK}
 *       so that phrases and bigrams do not run across it.
 * </ul>
 *
 * <p>Pure ASCII text never goes through {@link Normalizer}. One instance reuses one buffer and is
 * not thread-safe: keep one per thread (operator instance).
 */
public final class TextNormalizer {
    public static final int WORD = 0;
    public static final int HASHTAG = 1;
    public static final int HANDLE = 2;
    public static final int BREAK = 3;

    /** Receives each token; {@code chars[0..len)} is only valid during the call. */
    @FunctionalInterface
    public interface TokenSink {
        void token(int kind, char[] chars, int len);
    }

    private static final byte OTHER = 0;
    private static final byte WORD_CHAR = 1;
    private static final byte SINGLE_CHAR = 2;
    private static final byte PUNCT = 3;
    private static final byte[] ASCII_CLASS = asciiClasses();

    private char[] buf = new char[256];
    /** The normalised text being read, copied once so the loops index an array, not a String. */
    private char[] src = new char[256];
    private int srcLength;

    /** The NFKC form of the text; the same instance when NFKC would not change it. */
    public static String nfkc(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || NfkcInert.isInert(text, i)) continue;
            return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                    ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return text;
    }

    /** NFKC, lower case, trimmed: the key for exact labels such as complaint categories. */
    public static String foldLabel(String label) {
        return nfkc(label).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Feeds the tokens of the text to the sink, in order. */
    public void tokenize(String text, TokenSink sink) {
        if (text == null || text.isEmpty()) return;
        String s = nfkc(text);
        int n = s.length();
        if (buf.length < 2 * n + 2) buf = new char[Math.max(2 * n + 2, buf.length * 2)];
        if (src.length < n) src = new char[Math.max(n, src.length * 2)];
        s.getChars(0, n, src, 0);
        srcLength = n;
        boolean afterWord = false;
        boolean breakPending = false;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(src, i, n);
            byte cls = classOf(cp);
            if (cls == WORD_CHAR) {
                if (isLinkStart(s, i)) {
                    i = skipToSpace(i);
                    afterWord = false;
                    continue;
                }
                breakPending = flushBreak(breakPending, sink);
                i = readWord(i, 0, sink, WORD);
                afterWord = true;
            } else if (cls == SINGLE_CHAR) {
                breakPending = flushBreak(breakPending, sink);
                int len = Character.toChars(fold(cp), buf, 0);
                sink.token(WORD, buf, len);
                i += Character.charCount(cp);
                afterWord = false;
            } else if ((cp == '#' || cp == '@') && !afterWord && i + 1 < n
                    && isTagChar(classOf(Character.codePointAt(src, i + 1, n)))) {
                breakPending = flushBreak(breakPending, sink);
                buf[0] = (char) cp;
                i = readWord(i + 1, 1, sink, cp == '#' ? HASHTAG : HANDLE);
                afterWord = true;
            } else {
                breakPending |= cls == PUNCT;
                afterWord = false;
                i += Character.charCount(cp);
            }
        }
    }

    private boolean flushBreak(boolean pending, TokenSink sink) {
        if (pending) sink.token(BREAK, buf, 0);
        return false;
    }

    /** Reads word characters from {@code i} into {@code buf[start..]}, emits the token, returns the next index. */
    private int readWord(int i, int start, TokenSink sink, int kind) {
        char[] s = src;
        int n = srcLength;
        int len = start;
        while (i < n) {
            char ch = s[i];
            if (ch < 0x80) {
                byte cls = ASCII_CLASS[ch];
                if (cls == WORD_CHAR) {
                    buf[len++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
                    i++;
                    continue;
                }
                if (ch == '\'' && kind == WORD && joinsWord(i)) {
                    i++;
                    continue;
                }
                break;
            }
            int cp = Character.codePointAt(s, i, n);
            byte cls = classOf(cp);
            if (cls == WORD_CHAR || (kind != WORD && cls == SINGLE_CHAR)) {
                len += Character.toChars(fold(cp), buf, len);
                i += Character.charCount(cp);
            } else if ((cp == '\u2019' || cp == '\u02BC') && kind == WORD && joinsWord(i)) {
                i++;
            } else {
                break;
            }
        }
        sink.token(kind, buf, len);
        return i;
    }

    private static boolean isTagChar(byte cls) {
        return cls == WORD_CHAR || cls == SINGLE_CHAR;
    }

    private boolean joinsWord(int apostrophe) {
        return apostrophe + 1 < srcLength && classOf(Character.codePointAt(src, apostrophe + 1, srcLength)) == WORD_CHAR;
    }

    private static boolean isLinkStart(String s, int i) {
        char c = s.charAt(i);
        if (c == 'h' || c == 'H') {
            return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8);
        }
        return (c == 'w' || c == 'W') && s.regionMatches(true, i, "www.", 0, 4);
    }

    private int skipToSpace(int i) {
        while (i < srcLength && !Character.isWhitespace(src[i])) i++;
        return i;
    }

    /** Simple case folding: upper then lower maps final sigma, long s and the like onto one form. */
    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    private static byte classOf(int cp) {
        if (cp < 0x80) return ASCII_CLASS[cp];
        if (Character.isIdeographic(cp)) return SINGLE_CHAR;
        if (Character.isLetterOrDigit(cp)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    ? SINGLE_CHAR : WORD_CHAR;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return WORD_CHAR;
        }
        if (cp == '\u2026' || cp == '\u2028' || cp == '\u2029' || cp == '\u3002' || cp == '\uFF01'
                || cp == '\uFF1F' || cp == '\u00A1' || cp == '\u00BF') {
            return PUNCT;
        }
        return OTHER;
    }

    private static byte[] asciiClasses() {
        byte[] t = new byte[128];
        for (int c = 'a'; c <= 'z'; c++) t[c] = WORD_CHAR;
        for (int c = 'A'; c <= 'Z'; c++) t[c] = WORD_CHAR;
        for (int c = '0'; c <= '9'; c++) t[c] = WORD_CHAR;
        t['_'] = WORD_CHAR;
        for (char c : ".,;:!?\n\r".toCharArray()) t[c] = PUNCT;
        return t;
    }
}
