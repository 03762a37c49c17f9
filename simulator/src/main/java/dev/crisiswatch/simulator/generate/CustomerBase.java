package dev.crisiswatch.simulator.generate;

import java.util.SplittableRandom;

/** Customer numbers for tickets: a fixed base, so the same customer calls again now and then. */
final class CustomerBase {
    private final int size;

    CustomerBase(int size) {
        this.size = size;
    }

    String pick(SplittableRandom rng) {
        return "C" + (1_000_000 + rng.nextInt(size));
    }
}
