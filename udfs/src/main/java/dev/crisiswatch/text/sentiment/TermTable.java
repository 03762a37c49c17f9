package dev.crisiswatch.text.sentiment;

import java.util.Map;

/**
 * An immutable open-addressing table from lower-case terms to a valence and flags, looked up by a
 * range of a char array so the hot path never builds a substring per token. Each slot's hash,
 * valence, flags with the key's length, and the key's place in one shared char pool sit side by
 * side in one int array: a miss (most tokens) reads one cache line and no key, a hit reads one
 * more line of the pool. Boosters, which few terms have, live in a side array.
 */
final class TermTable {
    static final int NOT_FOUND = -1;
    private static final int HASH = 0, VALENCE = 1, META = 2, KEY = 3, STRIDE = 4;
    /** In {@code META}, above the caller's flags: the key's length (never 0, so 0 marks an empty slot) ... */
    private static final int LENGTH_SHIFT = 8, LENGTH_MASK = 0x7F;
    /** ... and whether the term boosts. Bits 8-15 of the caller's flags are therefore reserved. */
    private static final int HAS_BOOSTER = 1 << 15;
    private static final int RESERVED = 0xFF00;
    private static final int FILTER_WORDS = 1024;

    private final int[] slots;
    /**
     * One bit per hash bucket (8 KiB, stays in the L1 cache): most tokens ("flight", "gate", names)
     * are no term, and a clear bit answers them without touching the slots.
     */
    private final long[] filter = new long[FILTER_WORDS];
    private final char[] pool;
    private final float[] boosters;
    private final int mask;
    private final int longestKey;

    /** Builds the table from a map of term to {valence, flags}; the map is read once and not kept. */
    TermTable(Map<String, Entry> entries) {
        // At most half full: a miss ends at an empty slot after one or two probes.
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        slots = new int[capacity * STRIDE];
        boosters = new float[capacity];
        mask = capacity - 1;
        int poolSize = 0;
        for (String key : entries.keySet()) poolSize += key.length();
        pool = new char[poolSize];
        int used = 0;
        int longest = 0;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            Entry entry = e.getValue();
            if (key.length == 0 || key.length > LENGTH_MASK) throw new IllegalArgumentException("term length out of range: " + e.getKey());
            if ((entry.flags() & RESERVED) != 0) throw new IllegalArgumentException("flags use reserved bits: " + e.getKey());
            int h = hash(key, 0, key.length);
            int slot = h & mask;
            while (slots[slot * STRIDE + META] != 0) slot = (slot + 1) & mask;
            System.arraycopy(key, 0, pool, used, key.length);
            int at = slot * STRIDE;
            slots[at + HASH] = h;
            slots[at + VALENCE] = Float.floatToRawIntBits(entry.valence());
            slots[at + META] = entry.flags() | key.length << LENGTH_SHIFT | (entry.booster() != 0 ? HAS_BOOSTER : 0);
            slots[at + KEY] = used;
            boosters[slot] = entry.booster();
            int bit = filterBit(h);
            filter[bit >>> 6] |= 1L << bit;
            used += key.length;
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
        if (!mayHold(h)) return NOT_FOUND;
        int slot = h & mask;
        int meta;
        while ((meta = slots[slot * STRIDE + META]) != 0) {
            if (slots[slot * STRIDE + HASH] == h && keyLength(meta) == len && sameChars(slots[slot * STRIDE + KEY], buf, off, len)) return slot;
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /** False when no term has hash {@code h}'s filter bit: the common miss, answered without touching the slots. */
    private boolean mayHold(int h) {
        int bit = filterBit(h);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /** A bucket of 2^16 taken from other bits than the slot index, mixed so short words spread too. */
    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> 16;
    }

    private static int keyLength(int meta) {
        return (meta >>> LENGTH_SHIFT) & LENGTH_MASK;
    }

    /**
     * The slot of the phrase made of {@code words} tokens from token {@code first}, joined by single
     * spaces, whose {@link #spread} hash is {@code h} and length {@code len}: compared in place.
     */
    int findTokens(int h, int len, TokenBuffer buf, int first, int words) {
        if (!mayHold(h)) return NOT_FOUND;
        int slot = h & mask;
        int meta;
        while ((meta = slots[slot * STRIDE + META]) != 0) {
            if (slots[slot * STRIDE + HASH] == h && keyLength(meta) == len && sameTokens(slots[slot * STRIDE + KEY], len, buf, first, words)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    private boolean sameTokens(int keyStart, int keyLength, TokenBuffer buf, int first, int words) {
        int at = keyStart;
        int end = keyStart + keyLength;
        char[] lower = buf.lower;
        for (int k = first; k < first + words; k++) {
            if (k > first && pool[at++] != ' ') return false;
            int len = buf.length[k];
            if (at + len > end) return false;
            for (int c = 0, from = buf.start[k]; c < len; c++) {
                if (pool[at + c] != lower[from + c]) return false;
            }
            at += len;
        }
        return at == end;
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
        return (slots[slot * STRIDE + META] & HAS_BOOSTER) == 0 ? 0 : boosters[slot];
    }

    int flags(int slot) {
        return slots[slot * STRIDE + META] & ~RESERVED;
    }

    private boolean sameChars(int keyStart, char[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[keyStart + i] != buf[off + i]) return false;
        }
        return true;
    }

    /** The polynomial hash of a range, before {@link #spread}; extend it one char at a time with {@code 31 * h + c}. */
    static int rawHash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) h = 31 * h + buf[i];
        return h;
    }

    private static final int[] POWERS_OF_31 = new int[64];

    static {
        POWERS_OF_31[0] = 1;
        for (int k = 1; k < POWERS_OF_31.length; k++) POWERS_OF_31[k] = 31 * POWERS_OF_31[k - 1];
    }

    /** 31 to the power {@code n} (overflowing as the hash does): {@code rawHash(a + b) == rawHash(a) * pow31(|b|) + rawHash(b)}. */
    static int pow31(int n) {
        if (n < POWERS_OF_31.length) return POWERS_OF_31[n];
        int p = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int k = POWERS_OF_31.length - 1; k < n; k++) p *= 31;
        return p;
    }

    /** The slot hash of a raw polynomial hash. */
    static int spread(int raw) {
        return raw ^ (raw >>> 16);
    }

    private static int hash(char[] buf, int off, int len) {
        return spread(rawHash(buf, off, len));
    }
}
