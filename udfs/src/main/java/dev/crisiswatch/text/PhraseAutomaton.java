package dev.crisiswatch.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over word ids: finds every phrase (a sequence of vocabulary ids) that ends at each
 * word of a text in one pass, whatever the number of phrases.
 *
 * <p>Works on whole words, so "acme" can never match inside "acmeville". Transitions live in one
 * open-addressed table keyed by (state, word); each state's output is the union of its own
 * payloads and those of its failure chain, precomputed, so a step is a lookup plus an array slice.
 */
public final class PhraseAutomaton implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = -1L;
    public static final int ROOT = 0;

    private final long[] keys;
    private final int[] targets;
    private final int[] fail;
    private final int[] outStart;
    private final int[] outPool;

    private PhraseAutomaton(long[] keys, int[] targets, int[] fail, int[] outStart, int[] outPool) {
        this.keys = keys;
        this.targets = targets;
        this.fail = fail;
        this.outStart = outStart;
        this.outPool = outPool;
    }

    /** The state after reading a word id (-1 for a word no phrase contains). */
    public int step(int state, int word) {
        if (word < 0) return ROOT;
        int s = state;
        while (true) {
            int t = transition(s, word);
            if (t >= 0) return t;
            if (s == ROOT) return ROOT;
            s = fail[s];
        }
    }

    /** First index in {@link #outputs()} of the payloads of phrases that end in this state. */
    public int outputFrom(int state) {
        return outStart[state];
    }

    /** One past the last index in {@link #outputs()} for this state. */
    public int outputTo(int state) {
        return outStart[state + 1];
    }

    /** The shared payload array; read only the slice a state names. */
    int[] outputs() {
        return outPool;
    }

    public int states() {
        return fail.length;
    }

    private int transition(int state, int word) {
        long key = key(state, word);
        int mask = keys.length - 1;
        for (int i = slotOf(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return targets[i];
            if (k == EMPTY) return -1;
        }
    }

    private static long key(int state, int word) {
        return ((long) state << 32) | (word & 0xFFFFFFFFL);
    }

    private static int slotOf(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** Collects phrases, then builds the automaton. */
    public static final class Builder {
        private final TransitionMap edges = new TransitionMap();
        private final List<int[]> payloads = new ArrayList<>();
        private int[] depth = new int[16];
        // Every edge in creation order: from state, word, to state.
        private int[] edgeFrom = new int[16];
        private int[] edgeWord = new int[16];
        private int[] edgeTo = new int[16];
        private int edgeCount;

        public Builder() {
            payloads.add(new int[0]);
        }

        /** Adds a phrase of word ids that reports {@code payload} when it is seen. */
        public Builder add(int[] words, int payload) {
            if (words.length == 0) throw new IllegalArgumentException("a phrase needs at least one word");
            int s = ROOT;
            for (int w : words) {
                int t = edges.get(s, w);
                if (t < 0) t = newEdge(s, w);
                s = t;
            }
            int[] p = payloads.get(s);
            if (!contains(p, p.length, payload)) {
                int[] grown = Arrays.copyOf(p, p.length + 1);
                grown[p.length] = payload;
                payloads.set(s, grown);
            }
            return this;
        }

        public PhraseAutomaton build() {
            int n = payloads.size();
            int[] fail = new int[n];
            int[][] out = new int[n][];
            out[ROOT] = payloads.get(ROOT);
            // Shallower states first, so a failure target's own link and output are always ready.
            for (int e : edgesByDepth()) {
                int t = edgeTo[e];
                fail[t] = edgeFrom[e] == ROOT ? ROOT : follow(fail, fail[edgeFrom[e]], edgeWord[e]);
                out[t] = union(payloads.get(t), out[fail[t]]);
            }
            int[] outStart = new int[n + 1];
            for (int s = 0; s < n; s++) outStart[s + 1] = outStart[s] + out[s].length;
            int[] pool = new int[outStart[n]];
            for (int s = 0; s < n; s++) System.arraycopy(out[s], 0, pool, outStart[s], out[s].length);
            return new PhraseAutomaton(edges.keys(), edges.targets(), fail, outStart, pool);
        }

        private int newEdge(int from, int word) {
            int to = payloads.size();
            payloads.add(new int[0]);
            if (to == depth.length) depth = Arrays.copyOf(depth, to * 2);
            depth[to] = depth[from] + 1;
            if (edgeCount == edgeTo.length) {
                edgeFrom = Arrays.copyOf(edgeFrom, edgeCount * 2);
                edgeWord = Arrays.copyOf(edgeWord, edgeCount * 2);
                edgeTo = Arrays.copyOf(edgeTo, edgeCount * 2);
            }
            edgeFrom[edgeCount] = from;
            edgeWord[edgeCount] = word;
            edgeTo[edgeCount] = to;
            edgeCount++;
            edges.put(from, word, to);
            return to;
        }

        private int[] edgesByDepth() {
            int maxDepth = 0;
            for (int e = 0; e < edgeCount; e++) maxDepth = Math.max(maxDepth, depth[edgeTo[e]]);
            int[] firstOfDepth = new int[maxDepth + 2];
            for (int e = 0; e < edgeCount; e++) firstOfDepth[depth[edgeTo[e]] + 1]++;
            for (int d = 1; d < firstOfDepth.length; d++) firstOfDepth[d] += firstOfDepth[d - 1];
            int[] order = new int[edgeCount];
            for (int e = 0; e < edgeCount; e++) order[firstOfDepth[depth[edgeTo[e]]]++] = e;
            return order;
        }

        private int follow(int[] fail, int state, int word) {
            int s = state;
            while (true) {
                int t = edges.get(s, word);
                if (t >= 0) return t;
                if (s == ROOT) return ROOT;
                s = fail[s];
            }
        }

        private static boolean contains(int[] a, int n, int x) {
            for (int k = 0; k < n; k++) {
                if (a[k] == x) return true;
            }
            return false;
        }

        private static int[] union(int[] own, int[] inherited) {
            if (inherited.length == 0) return own;
            int[] r = Arrays.copyOf(own, own.length + inherited.length);
            int n = own.length;
            for (int x : inherited) {
                if (!contains(own, own.length, x)) r[n++] = x;
            }
            return Arrays.copyOf(r, n);
        }
    }

    /** A growable open-addressed (state, word) -> state table used while building. */
    private static final class TransitionMap {
        private long[] keys = emptyKeys(64);
        private int[] targets = new int[64];
        private int size;

        int get(int state, int word) {
            long key = key(state, word);
            int mask = keys.length - 1;
            for (int i = slotOf(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) return targets[i];
                if (keys[i] == EMPTY) return -1;
            }
        }

        void put(int state, int word, int target) {
            if ((size + 1) * 2 > keys.length) grow();
            insert(key(state, word), target);
            size++;
        }

        private void insert(long key, int target) {
            int mask = keys.length - 1;
            int i = slotOf(key, mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = key;
            targets[i] = target;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldTargets = targets;
            keys = emptyKeys(oldKeys.length * 2);
            targets = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) insert(oldKeys[i], oldTargets[i]);
            }
        }

        long[] keys() {
            return keys;
        }

        int[] targets() {
            return targets;
        }

        private static long[] emptyKeys(int capacity) {
            long[] k = new long[capacity];
            Arrays.fill(k, EMPTY);
            return k;
        }
    }
}
