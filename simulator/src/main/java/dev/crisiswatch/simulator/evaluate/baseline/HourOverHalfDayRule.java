package dev.crisiswatch.simulator.evaluate.baseline;

import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import java.util.Locale;
import java.util.Map;

/**
 * The common "spike alert" of listening tools: mentions in the last hour at least twice the hourly
 * average of the 12 hours before, and at least 50 of them so that quiet topics do not alarm.
 */
public final class HourOverHalfDayRule implements BaselineRule {
    static final int WINDOW_MINUTES = 60;
    static final int HISTORY_HOURS = 12;
    static final double RATIO = 2.0;
    static final int FLOOR = 50;

    @Override
    public String name() {
        return "meltwater";
    }

    @Override
    public String kind() {
        return "VOLUME_SPIKE";
    }

    @Override
    public boolean fires(MinuteSeries s, int i, Map<String, Object> metrics) {
        int[] m = s.mentions();
        long lastHour = MinuteSeries.sum(m, i - WINDOW_MINUTES + 1, i);
        if (lastHour < FLOOR) return false;
        int historyStart = Math.max(0, i - WINDOW_MINUTES - HISTORY_HOURS * 60 + 1);
        int historyEnd = i - WINDOW_MINUTES;
        int historyMinutes = historyEnd - historyStart + 1;
        // With less than an hour of history there is nothing to compare against yet.
        if (historyMinutes < WINDOW_MINUTES) return false;
        double hourlyAverage = MinuteSeries.sum(m, historyStart, historyEnd) * 60.0 / historyMinutes;
        metrics.put("mentionsLastHour", lastHour);
        metrics.put("hourlyAverage", Math.round(hourlyAverage * 10) / 10.0);
        return lastHour >= RATIO * hourlyAverage;
    }

    @Override
    public String reason(Map<String, Object> metrics) {
        return String.format(Locale.ROOT, "%s mentions in the last hour, at least %.0fx the hourly average of %s over the previous %d hours",
                metrics.get("mentionsLastHour"), RATIO, metrics.get("hourlyAverage"), HISTORY_HOURS);
    }
}
