package dev.crisiswatch.simulator.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crisiswatch.model.Alert;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores as JSON, for dashboards and for the README's figures to be checked by a program. */
public final class ScoreJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreJson() {}

    public static void write(Path file, String rule, List<ScenarioScore> scores) throws IOException {
        JSON.writeValue(file.toFile(), toMap(rule, scores));
    }

    public static void writeAny(Path file, Object value) throws IOException {
        JSON.writeValue(file.toFile(), value);
    }

    public static String toJson(String rule, List<ScenarioScore> scores) throws IOException {
        return JSON.writeValueAsString(toMap(rule, scores));
    }

    public static Map<String, Object> toMap(String rule, List<ScenarioScore> scores) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rule", rule);
        List<Object> list = new ArrayList<>();
        for (ScenarioScore s : scores) list.add(scenario(s));
        root.put("scenarios", list);
        root.put("overall", summary(ScenarioScore.overall(scores)));
        return root;
    }

    private static Map<String, Object> scenario(ScenarioScore s) {
        Map<String, Object> m = summary(s);
        List<Object> crises = new ArrayList<>();
        for (CrisisOutcome c : s.crises()) {
            Map<String, Object> i = incident(c.incident());
            i.put("detected", c.detected());
            i.put("alertId", c.detected() ? c.alert().alertId : null);
            i.put("alertEventTime", c.detected() ? c.alert().eventTime : null);
            i.put("delaySeconds", c.detected() ? c.delay().getSeconds() : null);
            i.put("early", c.early());
            crises.add(i);
        }
        m.put("crisisIncidents", crises);
        List<Object> benign = new ArrayList<>();
        for (BenignOutcome b : s.benign()) {
            Map<String, Object> i = incident(b.incident());
            i.put("violated", b.violated());
            i.put("alertId", b.violated() ? b.violatingAlert().alertId : null);
            benign.add(i);
        }
        m.put("benignIncidents", benign);
        List<Object> fa = new ArrayList<>();
        for (Alert a : s.falseAlarms()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("alertId", a.alertId);
            i.put("topic", a.topic);
            i.put("severity", String.valueOf(a.severity));
            i.put("kind", a.kind);
            i.put("eventTime", a.eventTime);
            fa.add(i);
        }
        m.put("falseAlarmAlerts", fa);
        return m;
    }

    private static Map<String, Object> summary(ScenarioScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.scenario());
        m.put("crises", s.crisesTotal());
        m.put("detected", s.crisesDetected());
        Duration median = s.medianDelay();
        m.put("medianDelaySeconds", median == null ? null : median.getSeconds());
        m.put("early", s.early());
        m.put("falseAlarms", s.falseAlarms().size());
        m.put("topicDays", s.topicDays());
        double rate = s.falseAlarmsPer100TopicDays();
        m.put("falseAlarmsPer100TopicDays", Double.isNaN(rate) ? null : Math.round(rate * 100) / 100.0);
        m.put("benign", s.benignTotal());
        m.put("benignViolations", s.benignViolations());
        return m;
    }

    private static Map<String, Object> incident(Incident inc) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("topic", inc.topic());
        i.put("label", inc.label());
        i.put("onset", inc.onset().toString());
        i.put("end", inc.end().toString());
        return i;
    }
}
