package dev.crisiswatch.text.sentiment;

import java.util.Map;

/**
 * An immutable open-addressing table from lower-case terms to a valence and flags, looked up by a
 * range of a char array so the hot path never builds a substring per token.
 */
final class TermTable {
    static final int NOT_FOUND = -1;

    private final char[][] keys;
    private final float[] values;
    private final float[] boosters;
    private final int[] flags;
    private final int mask;

    /** Builds the table from a map of term to {valence, flags}; the map is read once and not kept. */
    TermTable(Map<String, Entry> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new char[capacity][];
        values = new float[capacity];
        boosters = new float[capacity];
        flags = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int slot = hash(key, 0, key.length) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = key;
            values[slot] = e.getValue().valence();
            boosters[slot] = e.getValue().booster();
            flags[slot] = e.getValue().flags();
        }
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
        int slot = hash(buf, off, len) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (key.length == len && sameChars(key, buf, off)) return slot;
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    int find(String term) {
        char[] chars = term.toCharArray();
        return find(chars, 0, chars.length);
    }

    float valence(int slot) {
        return values[slot];
    }

    float booster(int slot) {
        return boosters[slot];
    }

    int flags(int slot) {
        return flags[slot];
    }

    private static boolean sameChars(char[] key, char[] buf, int off) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != buf[off + i]) return false;
        }
        return true;
    }

    private static int hash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) h = 31 * h + buf[i];
        return h ^ (h >>> 16);
    }
}
