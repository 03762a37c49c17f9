package dev.crisiswatch.simulator.scenario;

import java.util.List;

/**
 * A self-exciting cascade (Hawkes-like): every post begets on average {@code factorAt(t)} reshares
 * after exponential delays of mean {@code meanDelayMillis}; the roots beget {@code rootReshares}.
 * A factor over 1 explodes until it drops or {@code maxMentions} caps the cascade.
 */
public record CascadeSpec(int roots, RootAuthor root, double rootReshares, List<BranchingStep> branching,
        long meanDelayMillis, int maxMentions, double quoteShare) {

    public CascadeSpec {
        branching = List.copyOf(branching);
        if (branching.isEmpty()) throw new IllegalArgumentException("a cascade needs a branching factor");
    }

    /** The factor in force at an instant: the last step that started at or before it. */
    public double factorAt(long epochMillis) {
        double f = branching.get(0).factor();
        for (BranchingStep s : branching) {
            if (s.fromMillis() <= epochMillis) f = s.factor();
        }
        return f;
    }

    /** From an instant on, each post begets {@code factor} reshares on average. */
    public record BranchingStep(long fromMillis, double factor) {}
}
