package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.simulator.scenario.CascadeSpec;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Grows a self-exciting cascade in time order: each post, when its turn comes, begets a Poisson
 * number of reshares (mean: the root's {@code rootReshares}, else the branching factor in force at
 * the post's time) after exponential delays. Reshares past the incident's end are not posted; the
 * cascade stops at {@code maxMentions} reshares.
 */
final class Cascade {
    /** Makes one reshare of a parent at a time; the incident decides its text, author and source. */
    interface Resharer {
        SimMention reshare(SplittableRandom rng, SimMention parent, long ts, double quoteShare);
    }

    private final CascadeSpec spec;
    private final long endMillis;
    private final Resharer resharer;

    Cascade(CascadeSpec spec, long endMillis, Resharer resharer) {
        this.spec = spec;
        this.endMillis = endMillis;
        this.resharer = resharer;
    }

    /** Grows from the originals; the first {@code spec.roots()} of them are the roots. Returns reshares made. */
    int grow(SplittableRandom rng, List<SimMention> originals) {
        PriorityQueue<SimMention> pending = new PriorityQueue<>(
                Comparator.comparingLong((SimMention m) -> m.ts).thenComparingLong(m -> m.seq));
        pending.addAll(originals);
        long rootLimit = originals.isEmpty() ? -1 : originals.get(Math.min(spec.roots(), originals.size()) - 1).seq;
        int made = 0;
        while (!pending.isEmpty() && made < spec.maxMentions()) {
            SimMention p = pending.poll();
            boolean root = p.reshareOf == null && p.seq <= rootLimit;
            int children = Sampling.poisson(rng, root ? spec.rootReshares() : spec.factorAt(p.ts));
            for (int c = 0; c < children && made < spec.maxMentions(); c++) {
                long ts = p.ts + Sampling.exponential(rng, spec.meanDelayMillis());
                if (ts >= endMillis) continue;
                pending.add(resharer.reshare(rng, p, ts, spec.quoteShare()));
                p.reshares++;
                made++;
            }
        }
        return made;
    }
}
