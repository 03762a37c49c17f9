package dev.crisiswatch.text.sentiment;

import java.util.Map;

/**
 * An immutable open-addressing table from lower-case terms to a valence and flags, looked up by a
 * range of a char array so the hot path never builds a substring per token. Each slot's hash,
 * valence, booster and flags sit side by side in one int array, so a probe reads one cache line
 * and touches a key only when the full hash matches.
 */
final class TermTable {
    static final int NOT_FOUND = -1;
    private static final int HASH = 0, VALENCE = 1, BOOSTER = 2, FLAGS = 3, STRIDE = 4;

    private final char[][] keys;
    private final int[] slots;
    private final int mask;
    private final int longestKey;

    /** Builds the table from a map of term to {valence, flags}; the map is read once and not kept. */
    TermTable(Map<String, Entry> entries) {
        // At most half full: a miss (most tokens) ends at an empty slot after one or two probes.
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new char[capacity][];
        slots = new int[capacity * STRIDE];
        mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int h = hash(key, 0, key.length);
            int slot = h & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = key;
            int at = slot * STRIDE;
            slots[at + HASH] = h;
            slots[at + VALENCE] = Float.floatToRawIntBits(e.getValue().valence());
            slots[at + BOOSTER] = Float.floatToRawIntBits(e.getValue().booster());
            slots[at + FLAGS] = e.getValue().flags();
            longest = Math.max(longest, key.length);
        }
        longestKey = longest;
    }

    /** A term's valence (NaN when it carries none), booster strength and flags, as the loader collects them. */
    record Entry(float valence, float booster, int flags) {
        Entry(float valence, int flags) {
            this(valence, 0, flags);
        }
    }

    /** The slot holding {@code buf[off, off+len)}, or {@link #NOT_FOUND}. */
    int find(char[] buf, int off, int len) {
        if (len <= 0) return NOT_FOUND;
        return findHashed(hash(buf, off, len), buf, off, len);
    }

    /** As {@link #find(char[], int, int)} when the caller already holds {@code h}, the range's {@link #spread} hash. */
    int findHashed(int h, char[] buf, int off, int len) {
        int slot = h & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (slots[slot * STRIDE + HASH] == h && key.length == len && sameChars(key, buf, off)) return slot;
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    int find(String term) {
        char[] chars = term.toCharArray();
        return find(chars, 0, chars.length);
    }

    /** The length of the longest term. */
    int longestKey() {
        return longestKey;
    }

    float valence(int slot) {
        return Float.intBitsToFloat(slots[slot * STRIDE + VALENCE]);
    }

    float booster(int slot) {
        return Float.intBitsToFloat(slots[slot * STRIDE + BOOSTER]);
    }

    int flags(int slot) {
        return slots[slot * STRIDE + FLAGS];
    }

    private static boolean sameChars(char[] key, char[] buf, int off) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != buf[off + i]) return false;
        }
        return true;
    }

    /** The polynomial hash of a range, before {@link #spread}; extend it one char at a time with {@code 31 * h + c}. */
    static int rawHash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) h = 31 * h + buf[i];
        return h;
    }

    /** The slot hash of a raw polynomial hash. */
    static int spread(int raw) {
        return raw ^ (raw >>> 16);
    }

    private static int hash(char[] buf, int off, int len) {
        return spread(rawHash(buf, off, len));
    }
}
