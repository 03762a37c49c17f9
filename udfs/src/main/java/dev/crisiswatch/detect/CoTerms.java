package dev.crisiswatch.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The other terms that an emerging term's negative posts carry, as decayed counts with the slow
 * window's half-life: one story ("nobody told customers about the parcelo strike #parcelostrike") bursts in
 * several terms at once, and each term is its own key. A term whose posts mostly carry a term that
 * ranks before it follows that term's incident instead of opening its own, and the leading term's
 * alert names its followers. The mix of a story's terms is a property of the story, so the memory is
 * long: over a quarter hour of a few posts a minute, chance pushed a term that carries the hashtag in
 * 60% of its posts under half and it opened an incident of its own. Bounded: at most {@link #CAPACITY}
 * co-terms per key.
 *
 * <p>Flink POJO (public fields, arrays).
 */
public class CoTerms {
    /** Co-terms kept per key; a newcomer replaces the weakest when it brings more this minute. */
    public static final int CAPACITY = 8;

    /** Co-occurring terms (without the `emerging:` prefix). */
    public String[] terms = new String[0];
    /** Decayed count of this key's posts that carry each term. */
    public double[] posts = new double[0];
    /** Decayed count of this key's posts. */
    public double total;

    public CoTerms() {}

    /** Ages the counts by {@code factor} (the per-minute decay to the power of the minutes passed). */
    public void decay(double factor) {
        total *= factor;
        for (int i = 0; i < posts.length; i++) posts[i] *= factor;
    }

    /** Adds one minute of the key: {@code mentions} posts, of which {@code counts[i]} carry {@code names[i]}. */
    public void add(int mentions, String[] names, int[] counts) {
        total += mentions;
        for (int i = 0; i < names.length; i++) add(names[i], counts[i]);
    }

    private void add(String name, int count) {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].equals(name)) {
                posts[i] += count;
                return;
            }
        }
        if (terms.length < CAPACITY) {
            terms = Arrays.copyOf(terms, terms.length + 1);
            posts = Arrays.copyOf(posts, posts.length + 1);
            terms[terms.length - 1] = name;
            posts[posts.length - 1] = count;
            return;
        }
        int weakest = 0;
        for (int i = 1; i < posts.length; i++) if (posts[i] < posts[weakest]) weakest = i;
        if (count > posts[weakest]) {
            terms[weakest] = name;
            posts[weakest] = count;
        }
    }

    /**
     * The term this key follows: a co-term carried by at least {@code share} of its posts that ranks
     * before {@code self} ({@link #ranksBefore}); the most frequent if several; null if none.
     */
    public String leader(String self, double share) {
        String best = null;
        double bestPosts = 0;
        for (int i = 0; i < terms.length; i++) {
            if (posts[i] >= share * total && posts[i] > 0 && ranksBefore(terms[i], self)
                    && (best == null || posts[i] > bestPosts || (posts[i] == bestPosts && ranksBefore(terms[i], best)))) {
                best = terms[i];
                bestPosts = posts[i];
            }
        }
        return best;
    }

    /** Up to {@code n} co-terms carried by at least {@code share} of the posts, most frequent first. */
    public List<String> frequent(int n, double share) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) if (posts[i] > 0 && posts[i] >= share * total) idx.add(i);
        idx.sort((a, b) -> posts[a] != posts[b] ? Double.compare(posts[b], posts[a]) : terms[a].compareTo(terms[b]));
        List<String> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(n, idx.size()))) out.add(terms[i]);
        return out;
    }

    /** Share of the posts that carry {@code term} (0 when it is not kept). */
    public double shareOf(String term) {
        for (int i = 0; i < terms.length; i++) if (terms[i].equals(term)) return total > 0 ? posts[i] / total : 0;
        return 0;
    }

    /**
     * The order in which a story's terms lead: hashtags (what people search for and what the story
     * calls itself), then word pairs, then @handles (a brand's handle rides along on every kind of
     * post, so it must never lead); alphabetical within a kind.
     */
    static boolean ranksBefore(String a, String b) {
        int ka = kindRank(a);
        int kb = kindRank(b);
        return ka != kb ? ka < kb : a.compareTo(b) < 0;
    }

    private static int kindRank(String term) {
        if (term.startsWith("#")) return 0;
        if (term.startsWith("@")) return 2;
        return 1;
    }
}
