package dev.crisiswatch.simulator.scenario;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * How background volume swings over the local day and week. Both cycles are normalised to a mean of
 * 1, so a topic's `perMinute` stays its average rate and the profile only moves volume around.
 */
public final class TrafficProfile {
    private final double[] hourly;
    private final double[] weekly;
    private final ZoneId zone;

    public TrafficProfile(double[] hourly, double[] weekly, ZoneId zone) {
        if (hourly.length != 24) throw new IllegalArgumentException("daily profile needs 24 hourly values, got " + hourly.length);
        if (weekly.length != 7) throw new IllegalArgumentException("weekly profile needs 7 values, got " + weekly.length);
        this.hourly = normalised(hourly);
        this.weekly = normalised(weekly);
        this.zone = zone;
    }

    /** Named daily shapes: when the brand's public posts (and calls) happen, local time. */
    public static double[] dailyShape(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            // Quiet nights, a morning commute rise, a lunch bump and an evening peak.
            case "consumer" -> new double[] {0.35, 0.22, 0.15, 0.12, 0.12, 0.18, 0.4, 0.8, 1.1, 1.2, 1.25, 1.3,
                1.45, 1.35, 1.25, 1.2, 1.25, 1.4, 1.6, 1.75, 1.8, 1.6, 1.1, 0.6};
            // Office hours: contacts to a bank or a telecom's business line.
            case "business" -> new double[] {0.1, 0.06, 0.05, 0.05, 0.06, 0.1, 0.3, 0.8, 1.6, 1.9, 2.0, 1.9,
                1.6, 1.8, 1.9, 1.8, 1.6, 1.2, 0.8, 0.6, 0.5, 0.4, 0.25, 0.15};
            // Deep nights and a sharp evening peak: a day's peak is ten times its trough or more.
            case "strong" -> new double[] {0.15, 0.07, 0.04, 0.03, 0.03, 0.06, 0.2, 0.6, 1.0, 1.1, 1.15, 1.2,
                1.5, 1.3, 1.1, 1.1, 1.25, 1.6, 2.2, 2.6, 2.7, 2.3, 1.2, 0.5};
            case "flat" -> filled(24);
            default -> throw new IllegalArgumentException("unknown daily profile '" + name
                    + "' (consumer, business, strong, flat or 24 numbers)");
        };
    }

    /** Named weekly shapes, Monday first. */
    public static double[] weeklyShape(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "weekday" -> new double[] {1.15, 1.1, 1.1, 1.1, 1.05, 0.8, 0.7};
            case "weekend" -> new double[] {0.85, 0.85, 0.85, 0.9, 1.05, 1.3, 1.2};
            case "flat" -> filled(7);
            default -> throw new IllegalArgumentException("unknown weekly profile '" + name
                    + "' (weekday, weekend, flat or 7 numbers)");
        };
    }

    public static TrafficProfile flat(ZoneId zone) {
        return new TrafficProfile(filled(24), filled(7), zone);
    }

    /** The rate multiplier at an instant, interpolated between hour midpoints so there are no steps. */
    public double multiplier(long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(zone);
        double hour = t.getHour() + t.getMinute() / 60.0 + t.getSecond() / 3600.0 - 0.5;
        int h0 = (int) Math.floor(hour);
        double f = hour - h0;
        double daily = hourly[Math.floorMod(h0, 24)] * (1 - f) + hourly[Math.floorMod(h0 + 1, 24)] * f;
        return daily * weekly[t.getDayOfWeek().getValue() - 1];
    }

    public ZoneId zone() {
        return zone;
    }

    public double[] hourly() {
        return hourly.clone();
    }

    private static double[] normalised(double[] values) {
        double sum = 0;
        for (double v : values) {
            if (v < 0 || Double.isNaN(v)) throw new IllegalArgumentException("profile values must be >= 0");
            sum += v;
        }
        if (sum == 0) throw new IllegalArgumentException("a profile needs a positive value");
        double mean = sum / values.length;
        double[] out = Arrays.copyOf(values, values.length);
        for (int i = 0; i < out.length; i++) out[i] /= mean;
        return out;
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }
}
