package dev.crisiswatch.text;

/**
 * Says whether a post is a near-duplicate of one of the last {@code window} posts it was shown: a
 * bot flood repeats one template with other handles, links, numbers or a swapped word, while people
 * who complain about the same thing still write their own sentences.
 *
 * <p>Keeps the SimHash fingerprints of recent posts in a ring and compares newest first, so a
 * flood is recognised after a few comparisons and an ordinary post costs one XOR and one popcount
 * per remembered fingerprint (about a microsecond for 1,024). Posts with fewer than
 * {@code minWords} words are never called duplicates ("same", "lol this" are written by many
 * people) and are not remembered. Not thread-safe; one instance per operator instance. Its window
 * is not checkpointed: after a restart it starts empty and refills within {@code window} posts.
 */
public final class NearDuplicateFilter {
    public static final int DEFAULT_WINDOW = 1024;
    public static final int DEFAULT_MAX_DISTANCE = 10;
    public static final int DEFAULT_MIN_WORDS = 4;

    private final SimHash simHash = new SimHash();
    private final long[] recent;
    private final int maxDistance;
    private final int minWords;
    private int next;
    private int filled;

    public NearDuplicateFilter() {
        this(DEFAULT_WINDOW, DEFAULT_MAX_DISTANCE, DEFAULT_MIN_WORDS);
    }

    /**
     * @param window how many recent fingerprints to compare against
     * @param maxDistance the largest Hamming distance that still counts as the same text (0-63)
     * @param minWords shorter posts are never near-duplicates
     */
    public NearDuplicateFilter(int window, int maxDistance, int minWords) {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1: " + window);
        if (maxDistance < 0 || maxDistance > 63) {
            throw new IllegalArgumentException("maxDistance must be within 0..63: " + maxDistance);
        }
        this.recent = new long[window];
        this.maxDistance = maxDistance;
        this.minWords = minWords;
    }

    /** Whether the text nearly repeats a recent one; then remembers it. */
    public boolean isNearDuplicate(String text) {
        long fp = simHash.fingerprint(text);
        return isNearDuplicate(fp, simHash.lastWordCount());
    }

    /**
     * The same for a fingerprint taken earlier with {@link SimHash} from a text of {@code words} words:
     * a job fingerprints posts where it reads them and compares them after de-duplication.
     */
    public boolean isNearDuplicate(long fingerprint, int words) {
        if (words < minWords) return false;
        boolean duplicate = isNear(fingerprint);
        remember(fingerprint);
        return duplicate;
    }

    private boolean isNear(long fp) {
        int i = next;
        for (int k = 0; k < filled; k++) {
            i = i == 0 ? recent.length - 1 : i - 1;
            if (Long.bitCount(fp ^ recent[i]) <= maxDistance) return true;
        }
        return false;
    }

    private void remember(long fp) {
        recent[next] = fp;
        next = next + 1 == recent.length ? 0 : next + 1;
        if (filled < recent.length) filled++;
    }
}
