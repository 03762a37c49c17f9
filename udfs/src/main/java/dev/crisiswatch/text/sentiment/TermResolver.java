package dev.crisiswatch.text.sentiment;

/**
 * Looks every token up: its valence, whether it negates or boosts, which rule word it is, and
 * which tokens form a known phrase. In social mode it also reads #hashtags ("#worstflightever"),
 * elongated words ("soooo", "loooove") and skips @mentions and links.
 */
final class TermResolver {
    // Rule words the VADER rules test by identity.
    static final int NO = 1, NEVER = 2, SO = 3, THIS = 4, WITHOUT = 5, DOUBT = 6, LEAST = 7, AT = 8,
        VERY = 9, BUT = 10, OR = 11, NOR = 12, HOWEVER = 13, WOULD = 14, COULD = 15, IF = 16, TO = 17, PLEASE = 18, PLS = 19, PLZ = 20;
    static final String[] RULE_WORDS = {null, "no", "never", "so", "this", "without", "doubt", "least",
        "at", "very", "but", "or", "nor", "however", "would", "could", "if", "to", "please", "pls", "plz"};
    /** Shortest lexicon word accepted as part of a hashtag ("#worstflightever" -> "worst"). */
    private static final int MIN_HASHTAG_PART = 4;
    /**
     * Only a strong opinion word counts when read out of a longer hashtag ("#worstflightever", "#acmefail"):
     * a topic tag named after an event ("#skyvaledelay", "#acmerefund") labels a story, it is no verdict.
     */
    static final float MIN_HASHTAG_PART_VALENCE = 2.0f;
    /** Marks a part of a hashtag that is no term at all (valences lie in [-4, 4]). */
    private static final float NO_TERM = Float.MAX_VALUE;
    private static final String NOT = "not", NOTHING = "nothing", NEVER_WORD = "never";
    /** A word read out of a longer hashtag counts a little less than the word alone. */
    static final float HASHTAG_PART_WEIGHT = 0.8f;

    private final SentimentLexicon lexicon;
    private final boolean social;

    TermResolver(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
        this.social = lexicon.complaintDomain;
    }

    void resolve(TokenBuffer buf) {
        for (int i = 0; i < buf.count; i++) resolveToken(buf, i);
        for (int i = 0; i < buf.count; i++) {
            if (buf.has(i, TokenBuffer.PHRASE_START)) i += matchPhrase(buf, i) - 1;
        }
    }

    private void resolveToken(TokenBuffer buf, int i) {
        if (social && buf.has(i, TokenBuffer.MENTION | TokenBuffer.URL)) return;
        char[] text = buf.lower;
        int start = buf.start[i];
        int len = buf.length[i];
        int h = buf.hash[i];
        if (social && buf.has(i, TokenBuffer.HASHTAG) && lookUp(buf, i, '#' * TermTable.pow31(len) + h, text, start - 1, len + 1)) return;
        if (lookUp(buf, i, h, text, start, len)) return;
        // One scan of an unknown word finds both an "n't" and a letter repeated three times ("soooo").
        boolean tripled = false;
        for (int k = start + 1, end = start + len; k < end; k++) {
            char c = text[k];
            if (c == 'n' && isNtAt(text, k, end)) {
                buf.flags[i] |= TokenBuffer.NEGATOR;
            } else if (k >= start + 2 && c == text[k - 1] && c == text[k - 2] && Character.isLetter(c)) {
                tripled = true;
            }
        }
        if (!social) return;
        if (buf.has(i, TokenBuffer.HASHTAG)) readHashtag(buf, i);
        else if (tripled) readElongated(buf, i);
    }

    /** One lookup gives a term's valence, booster strength, negation, rule-word id and phrase start. */
    private boolean lookUp(TokenBuffer buf, int i, int rawHash, char[] chars, int start, int len) {
        TermTable terms = lexicon.terms;
        int slot = terms.findHashed(TermTable.spread(rawHash), chars, start, len);
        if (slot == TermTable.NOT_FOUND) return false;
        int flags = terms.flags(slot);
        buf.lexicon[i] = terms.valence(slot);
        buf.booster[i] = terms.booster(slot);
        buf.wordId[i] = flags >>> SentimentLexicon.RULE_WORD_SHIFT;
        if ((flags & SentimentLexicon.IRONIC) != 0) buf.flags[i] |= TokenBuffer.IRONIC;
        if ((flags & SentimentLexicon.WANTED) != 0) buf.flags[i] |= TokenBuffer.WANTED;
        // Known words ending in n't carry the negator flag from the loader; only unknown ones are scanned.
        if ((flags & SentimentLexicon.NEGATOR) != 0) buf.flags[i] |= TokenBuffer.NEGATOR;
        if ((flags & SentimentLexicon.PHRASE_HEAD) != 0) {
            buf.flags[i] |= TokenBuffer.PHRASE_START;
            buf.phraseWords[i] = (flags >>> SentimentLexicon.PHRASE_WORDS_SHIFT) & SentimentLexicon.PHRASE_WORDS_MASK;
        }
        return true;
    }

    /** VADER counts any word with "n't" as a negation. */
    static boolean isNegation(char[] text, int start, int len) {
        for (int k = start + 1, end = start + len; k < end; k++) {
            if (isNtAt(text, k, end)) return true;
        }
        return false;
    }

    /** Whether "n't" (straight or curly apostrophe) starts at {@code k}, before {@code end}. */
    private static boolean isNtAt(char[] text, int k, int end) {
        return k + 2 < end && text[k] == 'n' && (text[k + 1] == '\'' || text[k + 1] == '\u2019') && text[k + 2] == 't';
    }

    /**
     * The longest strong opinion word that starts or ends the hashtag, at a slightly lower weight.
     * A known word that is not strong ends the search on its side, so "#flyingagain" is not read
     * as "gain". A tag that starts with "not" or "never" is negated ("#nothappy"), and counts
     * against on its own when no opinion word is found ("#neverflyingthemagain"). The hashes of
     * every prefix and suffix are built in one pass each, so a split point costs a table probe.
     */
    private void readHashtag(TokenBuffer buf, int i) {
        char[] text = buf.lower;
        int start = buf.start[i];
        int len = buf.length[i];
        int longest = Math.min(len - 2, lexicon.terms.longestKey());
        if (longest < NOT.length()) return;
        int[] hashes = buf.partHashes(len);
        int prefix = 0;
        int suffix = 0;
        int power = 1;
        for (int k = 1; k <= longest; k++) {
            prefix = 31 * prefix + text[start + k - 1];
            suffix += text[start + len - k] * power;
            power *= 31;
            hashes[k] = prefix;
            hashes[len + k] = suffix;
        }
        boolean negated = startsWith(text, start, len, NEVER_WORD) || (startsWith(text, start, len, NOT) && !startsWith(text, start, len, NOTHING));
        float found = 0;
        boolean prefixOpen = true;
        boolean suffixOpen = true;
        for (int part = longest; part >= MIN_HASHTAG_PART && found == 0 && (prefixOpen || suffixOpen); part--) {
            if (prefixOpen) {
                float v = partValence(hashes[part], text, start, part);
                if (v != NO_TERM && Math.abs(v) >= MIN_HASHTAG_PART_VALENCE) found = v;
                else if (v != NO_TERM) prefixOpen = false;
            }
            if (found == 0 && suffixOpen) {
                float v = partValence(hashes[len + part], text, start + len - part, part);
                if (v != NO_TERM && Math.abs(v) >= MIN_HASHTAG_PART_VALENCE) found = v;
                else if (v != NO_TERM) suffixOpen = false;
            }
        }
        if (found != 0) {
            float v = found * HASHTAG_PART_WEIGHT;
            buf.lexicon[i] = negated ? v * (v > 0 ? ValenceRules.NEGATION_SCALAR : ValenceRules.NEGATED_COMPLAINT_SCALAR) : v;
        } else if (negated) {
            buf.lexicon[i] = ValenceRules.UNMET_EXPECTATION;
        }
    }

    /** A part's valence; NaN for a known word without one (a negator, a rule word); {@link #NO_TERM} when unknown. */
    private float partValence(int rawHash, char[] text, int start, int len) {
        int slot = lexicon.terms.findHashed(TermTable.spread(rawHash), text, start, len);
        return slot == TermTable.NOT_FOUND ? NO_TERM : lexicon.terms.valence(slot);
    }

    private static boolean startsWith(char[] text, int start, int len, String prefix) {
        if (len <= prefix.length()) return false;
        for (int k = 0; k < prefix.length(); k++) {
            if (text[start + k] != prefix.charAt(k)) return false;
        }
        return true;
    }

    /** "soooo" -> "soo" -> "so": letters repeated three times or more, cut to two, then to one. */
    private void readElongated(TokenBuffer buf, int i) {
        char[] text = buf.lower;
        int start = buf.start[i];
        int len = buf.length[i];
        for (int keep = 2; keep >= 1; keep--) {
            char[] out = buf.scratch(len);
            int outLen = squeeze(text, start, len, keep, out);
            if (lookUp(buf, i, TermTable.rawHash(out, 0, outLen), out, 0, outLen)) {
                buf.flags[i] |= TokenBuffer.ELONGATED;
                return;
            }
        }
    }

    private static int squeeze(char[] text, int start, int len, int keep, char[] out) {
        int outLen = 0;
        int run = 0;
        for (int k = start; k < start + len; k++) {
            run = k > start && text[k] == text[k - 1] ? run + 1 : 1;
            if (run <= keep) out[outLen++] = text[k];
        }
        return outLen;
    }

    /**
     * Matches the longest phrase (up to 4 words) that starts at token {@code i}; returns the tokens it
     * takes. The hash of the words joined by spaces is built from the tokens' own hashes, and the
     * phrase is compared with the tokens in place, so a phrase head costs a probe per length, no copy.
     */
    private int matchPhrase(TokenBuffer buf, int i) {
        int most = Math.min(buf.phraseWords[i], buf.count - i);
        int[] hashes = buf.phraseHashes;
        int[] lengths = buf.phraseLengths;
        int h = buf.hash[i];
        int len = buf.length[i];
        for (int words = 2; words <= most; words++) {
            int next = i + words - 1;
            h = (31 * h + ' ') * TermTable.pow31(buf.length[next]) + buf.hash[next];
            len += 1 + buf.length[next];
            hashes[words] = h;
            lengths[words] = len;
        }
        TermTable phrases = lexicon.phrases;
        for (int words = most; words >= 2; words--) {
            if (lengths[words] > phrases.longestKey()) continue;
            int slot = phrases.findTokens(TermTable.spread(hashes[words]), lengths[words], buf, i, words);
            if (slot == TermTable.NOT_FOUND) continue;
            float value = lexicon.phrases.valence(slot);
            int flags = lexicon.phrases.flags(slot);
            buf.lexicon[i] = Float.NaN;
            buf.booster[i] = 0;
            buf.flags[i] &= ~(TokenBuffer.NEGATOR | TokenBuffer.IRONIC | TokenBuffer.WANTED);
            if ((flags & SentimentLexicon.BOOSTER_PHRASE) != 0) buf.booster[i] = value;
            else buf.lexicon[i] = value;
            if ((flags & SentimentLexicon.IRONIC) != 0) buf.flags[i] |= TokenBuffer.IRONIC;
            if ((flags & SentimentLexicon.WANTED) != 0) buf.flags[i] |= TokenBuffer.WANTED;
            buf.flags[i] |= TokenBuffer.PHRASE_HEAD;
            // A booster phrase's tail stays transparent so the booster still reaches the word after it.
            int tail = (flags & SentimentLexicon.BOOSTER_PHRASE) != 0 ? 0 : TokenBuffer.IN_PHRASE;
            for (int k = i + 1; k < i + words; k++) {
                buf.lexicon[k] = Float.NaN;
                buf.booster[k] = 0;
                buf.flags[k] = (buf.flags[k] & ~(TokenBuffer.NEGATOR | TokenBuffer.IRONIC | TokenBuffer.WANTED)) | tail;
            }
            return words;
        }
        return 1;
    }
}
