package dev.crisiswatch.config;

import java.time.Duration;
import java.util.Locale;

/** Parses friendly durations from the config file: `500ms`, `30s`, `2m`, `1h`, `7d`, or ISO-8601 `PT2M`. */
public final class Durations {
    private Durations() {}

    public static Duration parse(String s) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("empty duration");
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) return Duration.parse(s.trim().toUpperCase(Locale.ROOT));
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) i++;
        if (i == 0) throw new IllegalArgumentException("duration must start with a number: " + s);
        long n = Long.parseLong(v.substring(0, i));
        String unit = v.substring(i).trim();
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s", "" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unknown duration unit '" + unit + "' in " + s);
        };
    }

    public static long millis(String s) {
        return parse(s).toMillis();
    }
}
