package dev.crisiswatch.simulator.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Renders scores as the plain-text table the README quotes, with each crisis's delay above it. */
public final class ScoreTable {
    private static final String ROW = "%-28s %9s %13s %7s %13s %9s %9s%n";
    private static final String COMPARE_ROW = "%-24s %-10s %9s %13s %7s %13s %9s %9s%n";

    private ScoreTable() {}

    public static String render(String title, List<ScenarioScore> scores) {
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isEmpty()) sb.append(title).append('\n');
        for (ScenarioScore s : scores) appendIncidents(sb, s);
        sb.append(String.format(Locale.ROOT, ROW, "scenario", "detected", "median delay", "early",
                "false alarms", "FA/100td", "benign"));
        for (ScenarioScore s : scores) appendRow(sb, s);
        if (scores.size() > 1) appendRow(sb, ScenarioScore.overall(scores));
        return sb.toString();
    }

    private static void appendIncidents(StringBuilder sb, ScenarioScore s) {
        if (s.crises().isEmpty() && s.benign().isEmpty() && s.falseAlarms().isEmpty()) return;
        sb.append(s.scenario()).append('\n');
        for (CrisisOutcome c : s.crises()) {
            sb.append(String.format(Locale.ROOT, "  crisis %-24s %-20s %s%n", c.incident().topic(),
                    c.incident().onset(), c.detected()
                            ? "caught after " + human(c.delay()) + (c.early() ? " (early)" : "") + " by " + c.alert().kind
                                    + " " + c.alert().severity
                            : "MISSED"));
        }
        for (BenignOutcome b : s.benign()) {
            sb.append(String.format(Locale.ROOT, "  benign %-24s %-20s %s%n", b.incident().topic(),
                    b.incident().onset(), b.violated()
                            ? "VIOLATED by " + b.violatingAlert().severity + " " + b.violatingAlert().kind + " at "
                                    + b.violatingAlert().eventTime
                            : "quiet"));
        }
        for (var a : s.falseAlarms()) {
            sb.append(String.format(Locale.ROOT, "  false alarm %-19s %-20s %s %s%n", a.topic, a.eventTime, a.severity, a.kind));
        }
    }

    /**
     * Several methods side by side on the same scenarios: one row per scenario and method, then the
     * overall rows. {@code byMethod} maps a method's label to its scores, scenarios in the same order.
     */
    public static String compare(Map<String, List<ScenarioScore>> byMethod) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, COMPARE_ROW, "scenario", "method", "detected", "median delay", "early",
                "false alarms", "FA/100td", "benign"));
        List<ScenarioScore> first = byMethod.values().iterator().next();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).scenario();
            for (var e : byMethod.entrySet()) {
                appendRow(sb, COMPARE_ROW, name, e.getKey(), e.getValue().get(i));
                name = "";
            }
        }
        String name = "OVERALL";
        for (var e : byMethod.entrySet()) {
            appendRow(sb, COMPARE_ROW, name, e.getKey(), ScenarioScore.overall(e.getValue()));
            name = "";
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, ScenarioScore s) {
        appendRow(sb, ROW, s.scenario(), null, s);
    }

    private static void appendRow(StringBuilder sb, String format, String name, String method, ScenarioScore s) {
        double rate = s.falseAlarmsPer100TopicDays();
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        if (method != null) cells.add(method);
        cells.addAll(List.of(
                s.crisesDetected() + "/" + s.crisesTotal(),
                s.medianDelay() == null ? "-" : human(s.medianDelay()),
                s.early() + "/" + s.crisesTotal(),
                Integer.toString(s.falseAlarms().size()),
                Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f", rate),
                s.benignViolations() + "/" + s.benignTotal()));
        sb.append(String.format(Locale.ROOT, format, cells.toArray()));
    }

    /** `45s`, `6m30s`, `2h05m`: short enough for a table column. */
    public static String human(Duration d) {
        long s = d.getSeconds();
        String sign = s < 0 ? "-" : "";
        s = Math.abs(s);
        if (s < 60) return sign + s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%s%dm%02ds", sign, s / 60, s % 60);
        return String.format(Locale.ROOT, "%s%dh%02dm", sign, s / 3600, (s % 3600) / 60);
    }
}
