package dev.crisiswatch.simulator.report;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.evaluate.AlertTopics;
import dev.crisiswatch.simulator.evaluate.BenignOutcome;
import dev.crisiswatch.simulator.evaluate.CrisisOutcome;
import dev.crisiswatch.simulator.evaluate.EventTimes;
import dev.crisiswatch.simulator.evaluate.Evaluator;
import dev.crisiswatch.simulator.evaluate.Incident;
import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import dev.crisiswatch.simulator.evaluate.ScenarioScore;
import dev.crisiswatch.simulator.evaluate.ScoreTable;
import dev.crisiswatch.simulator.evaluate.TopicActivity;
import dev.crisiswatch.simulator.evaluate.Truth;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A self-contained HTML page of one scenario's run: for each topic with activity a chart, its
 * incidents with how they were caught, and its alerts. No script, no external resource; every
 * text from the data is cleaned and escaped through {@link Html}.
 */
public final class HtmlReport {
    private static final int SAMPLE_CHARS = 200;
    /** Topics charted without an incident or alert of their own. */
    static final int BUSIEST_CHARTED = 8;

    private final Truth truth;
    private final List<Alert> alerts;
    private final TopicCatalog catalog;
    private final TopicActivity activity;
    private final ScenarioScore score;
    private final Set<String> falseAlarmIds = new HashSet<>();

    public HtmlReport(Truth truth, List<Alert> alerts, TopicCatalog catalog, TopicActivity activity) {
        this.truth = truth;
        this.alerts = alerts;
        this.catalog = catalog;
        this.activity = activity;
        this.score = Evaluator.score(truth, alerts);
        for (Alert a : score.falseAlarms()) falseAlarmIds.add(a.alertId);
    }

    public String render() throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
                .append("<title>CrisisWatch report: ").append(Html.text(truth.scenario())).append("</title>\n")
                .append(STYLE).append("</head><body>\n");
        header(sb);
        List<CatalogTopic> quiet = new ArrayList<>();
        Set<String> busiest = busiestTopics();
        for (CatalogTopic topic : catalog.topics()) {
            if (!topicSection(sb, topic, busiest)) quiet.add(topic);
        }
        quietTopics(sb, quiet);
        emergingSection(sb);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private void header(StringBuilder sb) {
        sb.append("<h1>").append(Html.text(truth.scenario())).append("</h1>\n");
        if (!truth.description().isEmpty()) sb.append("<p>").append(Html.text(truth.description())).append("</p>\n");
        sb.append("<p class=\"meta\">").append(Html.text(truth.start() + " .. " + truth.end()))
                .append(" &middot; ").append(alerts.size()).append(" alerts")
                .append(" &middot; ").append(activity.malformed()).append(" malformed lines, ")
                .append(activity.duplicates()).append(" repeated ids skipped</p>\n");
        Duration median = score.medianDelay();
        sb.append("<table class=\"score\"><tr><th>crises detected</th><th>median delay</th><th>early</th>")
                .append("<th>false alarms</th><th>benign incidents that alarmed</th></tr><tr>")
                .append(cell(score.crisesDetected() + " / " + score.crisesTotal()))
                .append(cell(median == null ? "-" : ScoreTable.human(median)))
                .append(cell(score.early() + " / " + score.crisesTotal()))
                .append(cell(Integer.toString(score.falseAlarms().size())))
                .append(cell(score.benignViolations() + " / " + score.benignTotal()))
                .append("</tr></table>\n");
        sb.append("<p class=\"legend\">Chart: blue mentions per minute (a 5- or 15-minute mean when the run spans days), purple complaints, dashed grey the mean of the previous three hours; ")
                .append("red line below the negative share of the last 15 minutes (gaps where fewer than 5 posts). Shading: <span class=\"crisis\">crisis</span> ")
                .append("<span class=\"benign\">benign</span>. Vertical lines: alerts, coloured by severity ")
                .append(badge("CRITICAL")).append(badge("WARNING")).append(badge("WATCH")).append(badge("INFO"))
                .append(", dotted grey when resolved.</p>\n");
    }

    /**
     * A section with a chart for a topic with an incident or an alert, or among the busiest; false
     * for the rest, which a table sums up so that a catalog of hundreds of topics stays readable.
     */
    private boolean topicSection(StringBuilder sb, CatalogTopic topic, Set<String> busiest) throws IOException {
        MinuteSeries s = activity.byTopic().get(topic.id());
        List<Incident> incidents = truth.incidents().stream().filter(i -> i.topic().equals(topic.id())).toList();
        List<Alert> topicAlerts = alerts.stream().filter(a -> topic.id().equals(a.topic)).toList();
        if (incidents.isEmpty() && topicAlerts.isEmpty() && !busiest.contains(topic.id())) return false;
        sb.append("<section><h2>").append(Html.text(topic.name())).append(" <small>")
                .append(Html.text(topic.id())).append("</small></h2>\n");
        if (s != null) {
            sb.append("<p class=\"meta\">").append(s.totalMentions()).append(" mentions, ").append(s.totalComplaints())
                    .append(" complaints</p>\n");
            if (s.length() > 0) {
                sb.append("<img alt=\"activity of ").append(Html.text(topic.id())).append("\" src=\"")
                        .append(TopicChart.pngDataUri(s, incidents, topicAlerts)).append("\">\n");
            }
        }
        incidentTable(sb, incidents);
        alertTable(sb, topicAlerts);
        sb.append("</section>\n");
        return true;
    }

    /** The topics with the most mentions and complaints, at most {@link #BUSIEST_CHARTED}, none without activity. */
    private Set<String> busiestTopics() {
        Set<String> out = new HashSet<>();
        activity.byTopic().values().stream()
                .filter(s -> s.totalMentions() + s.totalComplaints() > 0)
                .sorted(Comparator.comparingLong((MinuteSeries s) -> s.totalMentions() + s.totalComplaints()).reversed())
                .limit(BUSIEST_CHARTED)
                .forEach(s -> out.add(s.topic()));
        return out;
    }

    private void quietTopics(StringBuilder sb, List<CatalogTopic> quiet) {
        if (quiet.isEmpty()) return;
        sb.append("<section><h2>Other topics</h2>\n<p class=\"meta\">No incident, no alert, not among the ")
                .append(BUSIEST_CHARTED).append(" busiest.</p>\n<table><tr><th>topic</th><th>mentions</th><th>complaints</th></tr>\n");
        for (CatalogTopic t : quiet) {
            MinuteSeries s = activity.byTopic().get(t.id());
            sb.append("<tr>").append(cell(t.name() + " (" + t.id() + ")"))
                    .append(cell(Long.toString(s == null ? 0 : s.totalMentions())))
                    .append(cell(Long.toString(s == null ? 0 : s.totalComplaints()))).append("</tr>\n");
        }
        sb.append("</table></section>\n");
    }

    private void emergingSection(StringBuilder sb) {
        List<Alert> emerging = alerts.stream()
                .filter(a -> AlertTopics.isEmerging(a.topic) || (a.topic != null && catalog.indexOf(a.topic) < 0)).toList();
        List<Incident> incidents = truth.incidents().stream().filter(i -> catalog.indexOf(i.topic()) < 0).toList();
        if (emerging.isEmpty() && incidents.isEmpty()) return;
        sb.append("<section><h2>Outside the catalog</h2>\n");
        incidentTable(sb, incidents);
        alertTable(sb, emerging);
        sb.append("</section>\n");
    }

    private void incidentTable(StringBuilder sb, List<Incident> incidents) {
        if (incidents.isEmpty()) return;
        sb.append("<table><tr><th>incident</th><th>kind</th><th>onset</th><th>end</th><th>mentions</th><th>outcome</th></tr>\n");
        for (Incident i : incidents) {
            sb.append("<tr class=\"").append(i.isCrisis() ? "crisis" : "benign").append("\">")
                    .append(cell(i.label().isEmpty() ? i.topic() : i.label()))
                    .append(cell(i.kind().name().toLowerCase(Locale.ROOT)))
                    .append(cell(i.onset().toString())).append(cell(i.end().toString()))
                    .append(cell(Long.toString(i.mentions()))).append(cell(outcome(i))).append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private String outcome(Incident i) {
        for (CrisisOutcome c : score.crises()) {
            if (c.incident() != i) continue;
            return c.detected()
                    ? "caught after " + ScoreTable.human(c.delay()) + (c.early() ? " (early)" : "") + " by "
                            + c.alert().severity + " " + c.alert().kind
                    : "missed";
        }
        for (BenignOutcome b : score.benign()) {
            if (b.incident() != i) continue;
            return b.violated() ? "alarmed: " + b.violatingAlert().severity + " " + b.violatingAlert().kind : "no alarm";
        }
        return "";
    }

    private void alertTable(StringBuilder sb, List<Alert> list) {
        if (list.isEmpty()) return;
        sb.append("<table><tr><th>event time</th><th>status</th><th>severity</th><th>kind</th><th>vs truth</th>")
                .append("<th>reasons</th><th>top sample</th></tr>\n");
        for (Alert a : list) {
            sb.append("<tr>").append(cell(a.eventTime)).append(cell(String.valueOf(a.status)))
                    .append("<td>").append(badge(String.valueOf(a.severity))).append("</td>")
                    .append(cell(a.topic != null && AlertTopics.isEmerging(a.topic) ? a.topic + " " + a.kind : a.kind))
                    .append(cell(relation(a)))
                    .append(cell(String.join("; ", a.reasons)))
                    .append(a.samples.isEmpty() ? "<td></td>" : "<td class=\"sample\">"
                            + Html.text((a.samples.get(0).author == null ? "" : a.samples.get(0).author + ": ")
                                    + a.samples.get(0).text, SAMPLE_CHARS) + "</td>")
                    .append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    /** How an alert relates to the truth: time after the onset of the incident it falls in, or a false alarm. */
    private String relation(Alert a) {
        if (falseAlarmIds.contains(a.alertId)) return "FALSE ALARM";
        Instant t = EventTimes.parseOrNull(a.eventTime);
        if (t == null) return "";
        for (Incident i : truth.incidents()) {
            boolean sameTopic = i.topic().equals(a.topic) || (i.isEmerging() && AlertTopics.isEmerging(a.topic));
            if (sameTopic && i.containsWithGrace(t)) {
                return "+" + ScoreTable.human(Duration.between(i.onset(), t)) + " into " + (i.isCrisis() ? "crisis" : "benign");
            }
        }
        return "";
    }

    private static String cell(String text) {
        return "<td>" + Html.text(text) + "</td>";
    }

    private static String badge(String severity) {
        String colour;
        try {
            colour = TopicChart.cssColour(Severity.valueOf(severity));
        } catch (IllegalArgumentException e) {
            colour = "#888888";
        }
        return "<span class=\"badge\" style=\"background:" + colour + "\">" + Html.text(severity) + "</span>";
    }

    private static final String STYLE = """
            <style>
            body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
            h1{margin-bottom:4px} h2 small{color:#777;font-weight:normal}
            .meta,.legend{color:#555;font-size:90%}
            table{border-collapse:collapse;margin:8px 0 16px 0;font-size:90%}
            td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f4f4f4} .score td{font-size:120%;text-align:center}
            tr.crisis td:first-child,span.crisis{background:#f8d7d7} tr.benign td:first-child,span.benign{background:#d7f0d7}
            .badge{color:#fff;border-radius:3px;padding:0 5px;margin:0 2px;font-size:85%}
            .sample{max-width:380px;unicode-bidi:isolate}
            img{max-width:100%;border:1px solid #eee}
            section{margin-top:28px}
            </style>
            """;
}
