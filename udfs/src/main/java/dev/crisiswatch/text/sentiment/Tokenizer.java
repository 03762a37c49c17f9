package dev.crisiswatch.text.sentiment;

/**
 * Splits a text into words, emoticons and emoji by scanning its chars once, the way VADER does:
 * split at white space, then strip the punctuation around a word unless that leaves two chars or
 * fewer (then it was an emoticon such as ":)"). In social mode it also cuts words glued by
 * punctuation ("great,another"), splits emoji off their neighbours and marks hashtags,
 * mentions and links.
 */
final class Tokenizer {
    private final TermTable terms;
    private final boolean social;

    Tokenizer(TermTable terms, boolean social) {
        this.terms = terms;
        this.social = social;
    }

    void tokenize(String input, TokenBuffer buf) {
        buf.reset(input);
        char[] text = buf.text;
        char[] lower = buf.lower;
        int n = input.length();
        input.getChars(0, n, text, 0);
        if (social && input.indexOf('&') >= 0) n = decodeEntities(text, n);
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text[i])) i++;
            int chunkStart = i;
            // One pass over a chunk lower-cases it and counts its emphasis; white space is never read lower-cased.
            for (char c; i < n && !isSpace(c = text[i]); i++) {
                if (c < 128) {
                    lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    if (c == '!') buf.exclamations++;
                    else if (c == '?') buf.questions++;
                } else {
                    lower[i] = Character.toLowerCase(c);
                }
            }
            if (i > chunkStart) {
                markSentenceEnd(text, buf, chunkStart);
                if (social) splitChunk(text, buf, chunkStart, i);
                else addPiece(text, buf, chunkStart, i);
            }
        }
        markSentenceEnd(text, buf, n);
    }

    /**
     * Posts fetched from web APIs arrive HTML-escaped: "&amp;lt;3" is a heart and "&amp;gt;" no word. Decodes
     * the five XML entities in place and returns the new length.
     */
    static int decodeEntities(char[] text, int n) {
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c == '&') {
                char decoded = 0;
                int len = 0;
                if (matches(text, i, n, "&amp;")) { decoded = '&'; len = 5; }
                else if (matches(text, i, n, "&lt;")) { decoded = '<'; len = 4; }
                else if (matches(text, i, n, "&gt;")) { decoded = '>'; len = 4; }
                else if (matches(text, i, n, "&quot;")) { decoded = '"'; len = 6; }
                else if (matches(text, i, n, "&#39;")) { decoded = '\''; len = 5; }
                if (len > 0) {
                    text[out++] = decoded;
                    i += len - 1;
                    continue;
                }
            }
            text[out++] = c;
        }
        return out;
    }

    private static boolean matches(char[] text, int at, int n, String entity) {
        if (n - at < entity.length()) return false;
        for (int k = 1; k < entity.length(); k++) {
            if (text[at + k] != entity.charAt(k)) return false;
        }
        return true;
    }

    /** Social mode: emoticon as a whole, links as one token, else cut at emoji and glue punctuation. */
    private void splitChunk(char[] text, TokenBuffer buf, int from, int to) {
        char first = text[from];
        boolean handleOrTag = (first == '@' || first == '#') && to - from > 3;
        if (!isWordChar(first) && !handleOrTag && hasValence(buf.lower, from, to - from)) {
            addToken(text, buf, from, to, TokenBuffer.EMOTICON);
            return;
        }
        if (startsWith(buf.lower, from, to, "http") || startsWith(buf.lower, from, to, "www.")) {
            buf.add(from, to - from, TokenBuffer.URL, 0);
            return;
        }
        int pieceStart = from;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c < 128 && isWordChar(c)) {
                i++;
                continue;
            }
            int emojiLength = emojiLength(text, i, to);
            if (emojiLength > 0) {
                if (i > pieceStart) addPiece(text, buf, pieceStart, i);
                addToken(text, buf, i, i + emojiLength, TokenBuffer.EMOJI);
                i += emojiLength;
                i = skipEmojiModifiers(text, i, to);
                pieceStart = i;
            } else if (isGlue(text, i, to) && i > pieceStart && isWordChar(text[i - 1])) {
                int end = i;
                while (i < to && isGlue(text, i, to)) i++;
                if (i < to && isWordChar(text[i])) {
                    addPiece(text, buf, pieceStart, end);
                    markSentenceEnd(text, buf, i);
                    pieceStart = i;
                }
            } else {
                i++;
            }
        }
        if (to > pieceStart) addPiece(text, buf, pieceStart, to);
    }

    /** Strips surrounding punctuation and adds the word, as VADER's `_strip_punc_if_word`. */
    private void addPiece(char[] text, TokenBuffer buf, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isPunctuation(text[s])) s++;
        while (e > s && isPunctuation(text[e - 1])) e--;
        if (e - s <= 2) {
            boolean stripped = s > from || e < to;
            boolean keepWhole = !social || e == s || (stripped && hasValence(buf.lower, from, to - from));
            if (keepWhole) {
                s = from;
                e = to;
            }
        }
        int flags = 0;
        if (e > s && !isWordChar(text[s])) flags |= TokenBuffer.EMOTICON;
        if (social && s > from) {
            char before = text[s - 1];
            if (before == '#') flags |= TokenBuffer.HASHTAG;
            else if (before == '@') flags |= TokenBuffer.MENTION;
        }
        addToken(text, buf, s, e, flags);
    }

    /** Adds a token with the lookup hash of its lower-case form and whether it is ALL CAPS (Python's str.isupper()). */
    private static void addToken(char[] text, TokenBuffer buf, int from, int to, int flags) {
        buf.add(from, to - from, flags | capsFlag(text, from, to), TermTable.rawHash(buf.lower, from, to - from));
    }

    /** At least one cased char and no lower-case one; most words end the scan at their first letter. */
    private static int capsFlag(char[] text, int from, int to) {
        boolean upper = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 128) {
                if (c >= 'a' && c <= 'z') return 0;
                if (c >= 'A' && c <= 'Z') upper = true;
            } else if (Character.isLowerCase(c)) {
                return 0;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            }
        }
        return upper ? TokenBuffer.CAPS : 0;
    }

    private boolean hasValence(char[] lower, int from, int len) {
        int slot = terms.find(lower, from, len);
        return slot != TermTable.NOT_FOUND && !Float.isNaN(terms.valence(slot));
    }

    /** Marks the last token as ending a sentence when the text between it and {@code upTo} has . ! or ?. */
    private static void markSentenceEnd(char[] text, TokenBuffer buf, int upTo) {
        int last = buf.count - 1;
        if (last < 0) return;
        for (int i = buf.start[last] + buf.length[last]; i < upTo; i++) {
            char c = text[i];
            if (c == '?') buf.flags[last] |= TokenBuffer.SENTENCE_END | TokenBuffer.QUESTION_END;
            else if (c == '.' || c == '!' || c == '\u2026') buf.flags[last] |= TokenBuffer.SENTENCE_END;
            else if (c == ',' || c == ';' || c == ':') buf.flags[last] |= TokenBuffer.CLAUSE_END;
        }
    }

    private static boolean isGlue(char[] text, int i, int to) {
        char c = text[i];
        if (c == ',' || c == ';' || c == '!' || c == '?' || c == '/' || c == '\u2026') return true;
        // A lone '.' stays inside a word (t.co, a.m., 2.5); two or more cut it.
        return c == '.' && ((i + 1 < to && text[i + 1] == '.') || (i > 0 && text[i - 1] == '.'));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    private static boolean startsWith(char[] lower, int from, int to, String prefix) {
        if (to - from < prefix.length()) return false;
        for (int k = 0; k < prefix.length(); k++) {
            if (lower[from + k] != prefix.charAt(k)) return false;
        }
        return true;
    }

    static boolean isSpace(char c) {
        if (c <= ' ') return c == ' ' || c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c);
        // Above ASCII: no-break space, and the chars Character.isWhitespace accepts, without its table lookup.
        return c >= 0x80 && (c == '\u00a0' || (c >= '\u1680' && isUnicodeSpace(c)));
    }

    private static boolean isUnicodeSpace(char c) {
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200a' && c != '\u2007') || c == '\u2028' || c == '\u2029'
            || c == '\u205f' || c == '\u3000';
    }

    /** ASCII punctuation, as Python's string.punctuation. */
    static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Chars taken by an emoji's base code point at {@code i}, or 0 when there is none. */
    static int emojiLength(char[] text, int i, int to) {
        char c = text[i];
        if (c < 0x2300) return 0;
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            int cp = Character.toCodePoint(c, text[i + 1]);
            return cp >= 0x1F000 && !isSkinTone(cp) ? 2 : 0;
        }
        return (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x2300 && c <= 0x23FF) ? 1 : 0;
    }

    /** Skips variation selectors, zero-width joiners and skin tones that follow an emoji. */
    private static int skipEmojiModifiers(char[] text, int i, int to) {
        while (i < to) {
            char c = text[i];
            if (c == '\uFE0F' || c == '\uFE0E' || c == '\u200D') i++;
            else if (Character.isHighSurrogate(c) && i + 1 < to && isSkinTone(Character.toCodePoint(c, text[i + 1]))) i += 2;
            else break;
        }
        return i;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }
}
