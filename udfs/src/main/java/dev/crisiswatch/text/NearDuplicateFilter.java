package dev.crisiswatch.text;

/**
 * Says whether a post is a near-duplicate of one of the last {@code window} posts it was shown: a
 * bot flood repeats one template with other handles, links, numbers or a swapped word, while people
 * who complain about the same thing still write their own sentences.
 *
 * <p>Keeps the SimHash fingerprints of recent posts in a ring and compares newest first, 64 at a
 * time, so a flood is recognised in the first block and an ordinary post costs one XOR and one
 * popcount per remembered fingerprint, without a branch in between. Posts with fewer than
 * {@code minWords} words are never called duplicates ("same", "lol this" are written by many
 * people) and are not remembered. Not thread-safe; one instance per operator instance. Its window
 * is not checkpointed: after a restart it starts empty and refills within {@code window} posts.
 */
public final class NearDuplicateFilter {
    public static final int DEFAULT_WINDOW = 1024;
    public static final int DEFAULT_MAX_DISTANCE = 10;
    public static final int DEFAULT_MIN_WORDS = 4;

    /** Fingerprints compared without a branch between two checks for a near one. */
    private static final int BLOCK = 64;

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
        // Newest first, block by block: a flood is still recognised in the first block, and the scan branches
        // once per block instead of once per fingerprint.
        for (int to = next; to > 0; to -= BLOCK) {
            if (anyWithin(fp, Math.max(0, to - BLOCK), to)) return true;
        }
        for (int to = filled; to > next; to -= BLOCK) {
            if (anyWithin(fp, Math.max(next, to - BLOCK), to)) return true;
        }
        return false;
    }

    /** Whether a fingerprint in {@code recent[from, to)} is near: the AND keeps its sign bit only while all are far. */
    private boolean anyWithin(long fp, int from, int to) {
        int allFar = -1;
        for (int i = from; i < to; i++) allFar &= maxDistance - Long.bitCount(fp ^ recent[i]);
        return allFar >= 0;
    }

    private void remember(long fp) {
        recent[next] = fp;
        next = next + 1 == recent.length ? 0 : next + 1;
        if (filled < recent.length) filled++;
    }
}
