package dev.crisiswatch.text.sentiment;

import static dev.crisiswatch.text.sentiment.TermResolver.AT;
import static dev.crisiswatch.text.sentiment.TermResolver.BUT;
import static dev.crisiswatch.text.sentiment.TermResolver.COULD;
import static dev.crisiswatch.text.sentiment.TermResolver.DOUBT;
import static dev.crisiswatch.text.sentiment.TermResolver.HOWEVER;
import static dev.crisiswatch.text.sentiment.TermResolver.IF;
import static dev.crisiswatch.text.sentiment.TermResolver.LEAST;
import static dev.crisiswatch.text.sentiment.TermResolver.NEVER;
import static dev.crisiswatch.text.sentiment.TermResolver.NO;
import static dev.crisiswatch.text.sentiment.TermResolver.NOR;
import static dev.crisiswatch.text.sentiment.TermResolver.OR;
import static dev.crisiswatch.text.sentiment.TermResolver.SO;
import static dev.crisiswatch.text.sentiment.TermResolver.THIS;
import static dev.crisiswatch.text.sentiment.TermResolver.TO;
import static dev.crisiswatch.text.sentiment.TermResolver.VERY;
import static dev.crisiswatch.text.sentiment.TermResolver.WITHOUT;
import static dev.crisiswatch.text.sentiment.TermResolver.WOULD;

/**
 * VADER's rules (Hutto and Gilbert, ICWSM 2014) over resolved tokens: negation in a three-word
 * window, boosters and dampeners that fade with distance, ALL CAPS emphasis, "but" weighting the
 * clause after it, "!" and "?" emphasis, then the sum squashed into [-1, 1]. With the complaint
 * domain on, it adds elongation emphasis, "however" as a contrast and sarcasm: a praise word in
 * the same sentence as a complaint ("great, another 3 hour delay") counts against.
 */
final class ValenceRules {
    static final float NEGATION_SCALAR = -0.74f;
    static final float CAPS_INCREMENT = 0.733f;
    static final float ELONGATION_INCREMENT = 0.3665f;
    static final float EXCLAMATION_INCREMENT = 0.292f;
    static final float QUESTION_INCREMENT = 0.18f;
    static final float BEFORE_CONTRAST = 0.5f;
    static final float AFTER_CONTRAST = 1.5f;
    static final double NORMALIZATION_ALPHA = 15;
    /** A complaint word at or below this valence makes praise in its sentence sarcastic. */
    static final float COMPLAINT_VALENCE = -1.0f;
    /** Praise at or above this valence that is not flagged ironic is taken as meant. */
    static final float SINCERE_PRAISE = 1.5f;
    /** Sarcastic praise counts against, at this share of its valence. */
    static final float IRONY_SCALAR = -0.6f;
    /** What a negation that turns no sentiment word counts, in the complaint domain. */
    static final float UNMET_EXPECTATION = -0.9f;
    /** Praise inside a question counts this share. */
    static final float QUESTION_PRAISE_SCALAR = 0.5f;
    /** Blame inside a question ("why is my flight delayed?") keeps most of its weight. */
    static final float QUESTION_BLAME_SCALAR = 0.75f;
    /** Praise in a text that also complains counts this share. */
    static final float PRAISE_BESIDE_COMPLAINT = 0.5f;
    /**
     * A negated complaint word ("not bad", "doesn't give a damn") turns only this far: a customer's
     * "not bad" is faint praise at most (VADER turns every word by -0.74).
     */
    static final float NEGATED_COMPLAINT_SCALAR = -0.3f;
    /** A sentence of at most this many tokens ("Nice.", "Great story.") in a complaining text is a sarcastic aside. */
    static final int SHORT_ASIDE = 2;
    private static final float[] DISTANCE_WEIGHT = {1f, 0.95f, 0.9f};

    private final boolean complaintDomain;

    ValenceRules(boolean complaintDomain) {
        this.complaintDomain = complaintDomain;
    }

    double score(TokenBuffer buf) {
        int n = buf.count;
        if (n == 0) return 0;
        boolean capsDifferential = buf.capsCount > 0 && buf.capsCount < n;
        boolean anyValence = false;
        boolean anyNegator = false;
        for (int i = 0; i < n; i++) {
            float v = valence(buf, i, capsDifferential);
            buf.sentiment[i] = v;
            anyValence |= v != 0;
            anyNegator |= buf.has(i, TokenBuffer.NEGATOR);
        }
        if (complaintDomain) {
            if (anyNegator) readUnmetExpectations(buf);
            // The rules below only rescale valences: a text without any (one in ten posts) skips them.
            if (!anyValence && !anyNegator) return 0;
            readWishes(buf);
            readIrony(buf);
            readQuestions(buf);
            discountPraiseBesideComplaint(buf);
        }
        weighContrast(buf);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += buf.sentiment[i];
        double emphasis = punctuationEmphasis(buf);
        if (sum > 0) sum += emphasis;
        else if (sum < 0) sum -= emphasis;
        return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA)));
    }

    private float valence(TokenBuffer buf, int i, boolean capsDifferential) {
        if (Float.isNaN(buf.lexicon[i])) return 0;
        if (buf.booster[i] != 0 && !(complaintDomain && boostsNothing(buf, i))) return 0;
        float base = buf.lexicon[i];
        // A face is not a word: "not here :(" is not negated.
        if (complaintDomain && buf.has(i, TokenBuffer.EMOJI | TokenBuffer.EMOTICON)) return base;
        float v = base;
        int[] id = buf.wordId;
        if (id[i] == NO && !buf.has(i, TokenBuffer.PHRASE_HEAD) && i + 1 < buf.count && buf.isLexical(i + 1)) v = 0;
        if ((i > 0 && id[i - 1] == NO) || (i > 1 && id[i - 2] == NO)
            || (i > 2 && id[i - 3] == NO && (id[i - 1] == OR || id[i - 1] == NOR))) {
            v = turn(buf, i, base);
        }
        if (buf.has(i, TokenBuffer.CAPS) && capsDifferential) v += v > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
        if (buf.has(i, TokenBuffer.ELONGATED) && v != 0) v += v > 0 ? ELONGATION_INCREMENT : -ELONGATION_INCREMENT;
        for (int d = 0; d < 3; d++) {
            int j = i - d - 1;
            if (j < 0 || (complaintDomain && buf.has(j, TokenBuffer.SENTENCE_END | TokenBuffer.CLAUSE_END))) break;
            if (buf.isLexical(j)) continue;
            v += boost(buf, j, v, capsDifferential) * DISTANCE_WEIGHT[d];
            v = negate(buf, i, d, v);
        }
        return leastCheck(buf, i, v);
    }

    /** A booster that is also a sentiment word stands for itself when no word follows it: "they are incredible". */
    private static boolean boostsNothing(TokenBuffer buf, int i) {
        return buf.has(i, TokenBuffer.SENTENCE_END) || i + 1 == buf.count || !buf.isLexical(i + 1);
    }

    /** The signed push of a booster or dampener at {@code j} on valence {@code v}. */
    private static float boost(TokenBuffer buf, int j, float v, boolean capsDifferential) {
        float b = buf.booster[j];
        if (b == 0) return 0;
        if (v < 0) b = -b;
        if (buf.has(j, TokenBuffer.CAPS) && capsDifferential) b += v > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
        return b;
    }

    /** Negation {@code d + 1} words back, with VADER's "never so" and "without doubt" exceptions. */
    private float negate(TokenBuffer buf, int i, int d, float v) {
        int[] id = buf.wordId;
        if (d == 0) return buf.has(i - 1, TokenBuffer.NEGATOR) ? turn(buf, i, v) : v;
        if (d == 1) {
            if (id[i - 2] == NEVER && (id[i - 1] == SO || id[i - 1] == THIS)) return v * 1.25f;
            if (id[i - 2] == WITHOUT && id[i - 1] == DOUBT) return v;
            return buf.has(i - 2, TokenBuffer.NEGATOR) ? turn(buf, i, v) : v;
        }
        if (id[i - 3] == NEVER && (id[i - 2] == SO || id[i - 2] == THIS || id[i - 1] == SO || id[i - 1] == THIS)) {
            return v * 1.25f;
        }
        if (id[i - 3] == WITHOUT && (id[i - 2] == DOUBT || id[i - 1] == DOUBT)) return v;
        return buf.has(i - 3, TokenBuffer.NEGATOR) ? turn(buf, i, v) : v;
    }

    /**
     * A negated word's valence. What a customer waits for ("no refund", "never got an answer",
     * "haven't had any help") is a service that failed, whatever the word's own valence.
     */
    private float turn(TokenBuffer buf, int i, float v) {
        return complaintDomain && buf.has(i, TokenBuffer.WANTED) ? Math.min(v, UNMET_EXPECTATION) : flip(v);
    }

    /** A negated word's valence: VADER turns it by -0.74; a customer's "not bad" is no praise. */
    private float flip(float v) {
        return v < 0 && complaintDomain ? v * NEGATED_COMPLAINT_SCALAR : v * NEGATION_SCALAR;
    }

    /** "least happy" negates; "at least" and "very least" do not. */
    private static float leastCheck(TokenBuffer buf, int i, float v) {
        if (i == 0 || buf.wordId[i - 1] != LEAST || buf.isLexical(i - 1)) return v;
        if (i > 1 && (buf.wordId[i - 2] == AT || buf.wordId[i - 2] == VERY)) return v;
        return v * NEGATION_SCALAR;
    }

    /**
     * A negation that finds no sentiment word to turn ("it's not working", "my bag never arrived",
     * "can't check in") is what a customer says when a service failed: it counts against on its own.
     */
    private static void readUnmetExpectations(TokenBuffer buf) {
        for (int i = 0; i < buf.count; i++) {
            if (!buf.has(i, TokenBuffer.NEGATOR) || buf.sentiment[i] != 0) continue;
            boolean turnsAWord = false;
            for (int k = i + 1; k <= i + 3 && k < buf.count && !turnsAWord; k++) turnsAWord = buf.carriesValence(k);
            if (!turnsAWord) buf.sentiment[i] = UNMET_EXPECTATION;
        }
    }

    /**
     * "It would be nice if you answered the phone", "would have been great to get a call": praise
     * wished for, in a clause that goes on with "if" or "to", names what the brand failed to do.
     */
    private static void readWishes(TokenBuffer buf) {
        int[] id = buf.wordId;
        for (int i = 2; i + 1 < buf.count; i++) {
            if (buf.sentiment[i] <= 0 || (id[i + 1] != IF && id[i + 1] != TO)) continue;
            boolean wish = id[i - 2] == WOULD || id[i - 2] == COULD || (i > 2 && (id[i - 3] == WOULD || id[i - 3] == COULD));
            if (wish) buf.sentiment[i] *= IRONY_SCALAR;
        }
    }

    /**
     * A customer wraps a complaint in politeness ("thanks", "appreciate it", "love you guys but"):
     * once a text holds a complaint, its praise counts less.
     */
    private static void discountPraiseBesideComplaint(TokenBuffer buf) {
        if (!hasComplaint(buf, 0, buf.count - 1)) return;
        for (int i = 0; i < buf.count; i++) {
            if (buf.sentiment[i] > 0) buf.sentiment[i] *= PRAISE_BESIDE_COMPLAINT;
        }
    }

    /** A question asks for the good thing rather than reports it: "is my flight on time?". */
    private static void readQuestions(TokenBuffer buf) {
        if (buf.questions > 0 || hasPlease(buf)) {
            // "Can you rebook me? Thanks", "status please, thanks": thanks that close a request are courtesy, not praise.
            for (int k = 0; k < buf.count; k++) {
                if (buf.has(k, TokenBuffer.IRONIC) && buf.sentiment[k] > 0) buf.sentiment[k] *= QUESTION_PRAISE_SCALAR;
            }
        }
        int sentenceStart = 0;
        for (int i = 0; i < buf.count; i++) {
            if (!buf.has(i, TokenBuffer.SENTENCE_END)) continue;
            if (buf.has(i, TokenBuffer.QUESTION_END)) {
                for (int k = sentenceStart; k <= i; k++) {
                    buf.sentiment[k] *= buf.sentiment[k] > 0 ? QUESTION_PRAISE_SCALAR : QUESTION_BLAME_SCALAR;
                }
            }
            sentenceStart = i + 1;
        }
    }

    /** "please", "pls" or "plz": the text asks for something. */
    private static boolean hasPlease(TokenBuffer buf) {
        for (int k = 0; k < buf.count; k++) {
            int id = buf.wordId[k];
            if (id == TermResolver.PLEASE || id == TermResolver.PLS || id == TermResolver.PLZ) return true;
        }
        return false;
    }

    /** Sarcasm: praise in a sentence that also holds a complaint, or anywhere in a post tagged #sarcasm. */
    private static void readIrony(TokenBuffer buf) {
        if (hasSincerePraise(buf)) return;
        boolean complaint = hasComplaint(buf, 0, buf.count - 1);
        int sentenceStart = 0;
        for (int i = 0; i < buf.count; i++) {
            boolean end = buf.has(i, TokenBuffer.SENTENCE_END) || i == buf.count - 1
                || (i + 1 < buf.count && isContrast(buf.wordId[i + 1]));
            if (!end) continue;
            boolean aside = i - sentenceStart < SHORT_ASIDE && complaint;
            if (aside || hasComplaint(buf, sentenceStart, i)) {
                for (int k = sentenceStart; k <= i; k++) {
                    if (buf.has(k, TokenBuffer.IRONIC) && buf.sentiment[k] > 0) buf.sentiment[k] *= IRONY_SCALAR;
                }
            }
            sentenceStart = i + 1;
        }
    }

    /**
     * Praise that is hard to say sarcastically ("helpful", "friendly", "kudos", "you rock") makes the
     * text's thanks sincere: "thanks to Jo for sorting out the cancelled flight, so helpful".
     */
    private static boolean hasSincerePraise(TokenBuffer buf) {
        for (int k = 0; k < buf.count; k++) {
            if (buf.sentiment[k] >= SINCERE_PRAISE && !buf.has(k, TokenBuffer.IRONIC)) return true;
        }
        return false;
    }

    private static boolean hasComplaint(TokenBuffer buf, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (buf.sentiment[k] <= COMPLAINT_VALENCE) return true;
        }
        return false;
    }

    /** Words before the first "but" count half, words after it half again as much. */
    private void weighContrast(TokenBuffer buf) {
        int at = -1;
        for (int i = 0; i < buf.count && at < 0; i++) {
            if (buf.wordId[i] == BUT || (complaintDomain && buf.wordId[i] == HOWEVER)) at = i;
        }
        if (at < 0) return;
        for (int i = 0; i < buf.count; i++) {
            if (i < at) buf.sentiment[i] *= BEFORE_CONTRAST;
            else if (i > at) buf.sentiment[i] *= AFTER_CONTRAST;
        }
    }

    private static boolean isContrast(int wordId) {
        return wordId == BUT || wordId == HOWEVER;
    }

    private static double punctuationEmphasis(TokenBuffer buf) {
        double emphasis = Math.min(buf.exclamations, 4) * EXCLAMATION_INCREMENT;
        if (buf.questions > 1) emphasis += buf.questions <= 3 ? buf.questions * QUESTION_INCREMENT : 0.96;
        return emphasis;
    }
}
