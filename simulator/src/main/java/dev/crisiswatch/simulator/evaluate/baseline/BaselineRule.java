package dev.crisiswatch.simulator.evaluate.baseline;

import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import java.util.Locale;
import java.util.Map;

/**
 * A simple alerting rule of the kind social-listening tools ship, judged at the end of every
 * minute of one topic's series. The simulator scores these next to the job to show what the
 * job's method buys.
 */
public interface BaselineRule {

    /** Short name used on the command line (`--rule meltwater`). */
    String name();

    /** The alert kind it raises. */
    String kind();

    /** Whether the rule fires at the end of minute {@code i}; {@code metrics} receives the figures it compared. */
    boolean fires(MinuteSeries series, int i, Map<String, Object> metrics);

    /** A one-line human reason from the metrics filled by {@link #fires}. */
    String reason(Map<String, Object> metrics);

    static BaselineRule byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "meltwater" -> new HourOverHalfDayRule();
            case "fixed" -> new FixedNegativeCountRule();
            default -> throw new IllegalArgumentException("unknown rule '" + name + "': use meltwater or fixed");
        };
    }
}
