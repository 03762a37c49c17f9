package dev.crisiswatch.simulator.tail;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.simulator.report.SafeText;
import java.util.Locale;

/**
 * Formats an alert for a terminal, readable at a glance: a headline (time, topic, severity,
 * status, kind), the reasons, and the sample with the most reach. Every text from the alert is
 * cleaned of control characters and escape sequences; colour is added only by this class.
 */
public final class AlertFormatter {
    private static final String RESET = "\u001B[0m";
    private static final int SAMPLE_CHARS = 160;

    private final boolean colour;

    public AlertFormatter(boolean colour) {
        this.colour = colour;
    }

    public String format(Alert a) {
        StringBuilder sb = new StringBuilder(256);
        String headline = String.format(Locale.ROOT, "%-20s %-28s %-8s %-8s %s",
                SafeText.clean(shortTime(a.eventTime), 20), SafeText.clean(a.topic, 28),
                a.severity, a.status, SafeText.clean(kinds(a), 80));
        sb.append(colour ? colourOf(a.severity) + headline + RESET : headline).append('\n');
        for (String r : a.reasons) sb.append("    why: ").append(SafeText.clean(r, 200)).append('\n');
        if (!a.samples.isEmpty()) sb.append("    e.g. ").append(sample(a.samples.get(0))).append('\n');
        return sb.toString();
    }

    private static String kinds(Alert a) {
        if (a.kinds == null || a.kinds.size() <= 1) return String.valueOf(a.kind);
        return a.kind + " (+" + String.join(", +", a.kinds.subList(1, a.kinds.size())) + ")";
    }

    private static String sample(Sample s) {
        String who = s.author == null ? "" : SafeText.clean(s.author, 40) + " ";
        String reach = s.followers > 0 ? String.format(Locale.ROOT, "(%,d followers%s) ", s.followers, s.verified ? ", verified" : "")
                : "";
        return who + reach + "[" + SafeText.clean(s.source, 20) + "] \"" + SafeText.clean(s.text, SAMPLE_CHARS) + "\"";
    }

    /** `2026-03-01T10:23:00Z` as `2026-03-01 10:23:00Z`. */
    private static String shortTime(String iso) {
        return iso == null ? "-" : iso.replace('T', ' ');
    }

    private static String colourOf(Severity s) {
        if (s == null) return "";
        return switch (s) {
            case CRITICAL -> "\u001B[1;31m";
            case WARNING -> "\u001B[33m";
            case WATCH -> "\u001B[36m";
            case INFO -> "\u001B[32m";
        };
    }
}
