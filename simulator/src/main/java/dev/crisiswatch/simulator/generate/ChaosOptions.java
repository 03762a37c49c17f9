package dev.crisiswatch.simulator.generate;

import java.time.Duration;

/**
 * How messy the delivered files are: late events up to a bound behind the newest one, exact
 * duplicate lines, and malformed lines (truncated JSON, missing ts, a string where a number
 * belongs, invalid UTF-8). Malformed lines are extra corrupted copies: every event is still
 * delivered intact once.
 *
 * @param maxOutOfOrder how late a delayed event may arrive; zero keeps the files sorted
 * @param duplicateRate share of events delivered twice
 * @param malformedRate share of events followed by a corrupted copy
 */
public record ChaosOptions(Duration maxOutOfOrder, double duplicateRate, double malformedRate) {

    /** Share of events that arrive late when out-of-order delivery is on. */
    public static final double LATE_SHARE = 0.08;

    public ChaosOptions {
        if (maxOutOfOrder == null || maxOutOfOrder.isNegative()) {
            throw new IllegalArgumentException("maxOutOfOrder must be zero or positive");
        }
        checkRate(duplicateRate, "duplicateRate");
        checkRate(malformedRate, "malformedRate");
    }

    public static ChaosOptions none() {
        return new ChaosOptions(Duration.ZERO, 0, 0);
    }

    public boolean isNone() {
        return maxOutOfOrder.isZero() && duplicateRate == 0 && malformedRate == 0;
    }

    private static void checkRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 0.5)) throw new IllegalArgumentException(name + " must be in [0, 0.5], was " + rate);
    }
}
