package dev.crisiswatch.text;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An interned set of folded tokens with dense ids, looked up straight from a char buffer so that
 * the per-event path builds no strings.
 *
 * <p>Open addressing; each slot packs the token's 32-bit hash with its id, so a miss usually costs
 * one memory read.
 */
public final class Vocabulary implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = -1L;

    private long[] slots = emptySlots(16);
    private char[] pool = new char[256];
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int size;
    private int poolSize;
    private int maxLength;

    /** The id of the token, adding it if new. */
    public int intern(CharSequence token) {
        char[] chars = new char[token.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = token.charAt(i);
        return intern(chars, 0, chars.length);
    }

    /** The id of {@code chars[off..off+len)}, adding it if new. */
    public int intern(char[] chars, int off, int len) {
        int found = find(chars, off, len);
        if (found >= 0) return found;
        if ((size + 1) * 2 > slots.length) rehash(slots.length * 2);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        while (poolSize + len > pool.length) pool = Arrays.copyOf(pool, pool.length * 2);
        System.arraycopy(chars, off, pool, poolSize, len);
        starts[size] = poolSize;
        lengths[size] = len;
        poolSize += len;
        maxLength = Math.max(maxLength, len);
        place(hash(chars, off, len), size);
        return size++;
    }

    /** The id of {@code chars[off..off+len)}, or -1. */
    public int find(char[] chars, int off, int len) {
        if (len > maxLength) return -1;
        int h = hash(chars, off, len);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == EMPTY) return -1;
            if ((int) (slot >>> 32) == h) {
                int id = (int) slot;
                if (sameChars(id, chars, off, len)) return id;
            }
        }
    }

    public boolean contains(CharSequence token) {
        char[] chars = token.toString().toCharArray();
        return find(chars, 0, chars.length) >= 0;
    }

    public int size() {
        return size;
    }

    public String token(int id) {
        return new String(pool, starts[id], lengths[id]);
    }

    private boolean sameChars(int id, char[] chars, int off, int len) {
        if (lengths[id] != len) return false;
        int p = starts[id];
        for (int k = 0; k < len; k++) {
            if (pool[p + k] != chars[off + k]) return false;
        }
        return true;
    }

    private void place(int h, int id) {
        int mask = slots.length - 1;
        int i = h & mask;
        while (slots[i] != EMPTY) i = (i + 1) & mask;
        slots[i] = ((long) h << 32) | (id & 0xFFFFFFFFL);
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = emptySlots(capacity);
        for (long slot : old) {
            if (slot != EMPTY) place((int) (slot >>> 32), (int) slot);
        }
    }

    private static long[] emptySlots(int capacity) {
        long[] s = new long[capacity];
        Arrays.fill(s, EMPTY);
        return s;
    }

    private static int hash(char[] chars, int off, int len) {
        int h = 0;
        for (int k = off, end = off + len; k < end; k++) h = 31 * h + chars[k];
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
