package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a scenario's alerts against its truth, by the rules of CONTRACT section 5.
 *
 * <p>Pure: no I/O. Alerts whose eventTime cannot be parsed are ignored rather than guessed at.
 */
public final class Evaluator {

    private Evaluator() {}

    public static ScenarioScore score(Truth truth, List<Alert> alerts) {
        List<TimedAlert> timed = TimedAlert.sortedByEventTime(alerts);
        List<CrisisOutcome> crises = new ArrayList<>();
        for (Incident crisis : truth.crises()) crises.add(detect(crisis, timed));
        List<BenignOutcome> benign = new ArrayList<>();
        for (Incident b : truth.benign()) benign.add(new BenignOutcome(b, firstViolation(b, timed)));
        return new ScenarioScore(truth.scenario(), truth.topicDays(), crises, falseAlarms(truth, timed), benign);
    }

    /** The earliest OPEN/UPDATE WARNING/CRITICAL alert on the crisis's topic within [onset, end]. */
    static CrisisOutcome detect(Incident crisis, List<TimedAlert> alerts) {
        for (TimedAlert a : alerts) {
            if (a.status() == AlertStatus.RESOLVED || !a.isCrisisSeverity()) continue;
            if (!coversTopic(crisis, a.topic()) || !crisis.contains(a.eventTime())) continue;
            Duration delay = Duration.between(crisis.onset(), a.eventTime());
            boolean early = crisis.tenPercentAt() != null && a.eventTime().isBefore(crisis.tenPercentAt());
            return new CrisisOutcome(crisis, a.alert(), delay, early);
        }
        return CrisisOutcome.missed(crisis);
    }

    /** OPEN WARNING/CRITICAL alerts outside every crisis they could belong to, grace included. */
    static List<Alert> falseAlarms(Truth truth, List<TimedAlert> alerts) {
        List<Incident> crises = truth.crises();
        List<Alert> out = new ArrayList<>();
        for (TimedAlert a : alerts) {
            if (a.status() != AlertStatus.OPEN || !a.isCrisisSeverity()) continue;
            boolean explained = crises.stream().anyMatch(c -> (AlertTopics.isEmerging(a.topic()) || coversTopic(c, a.topic()))
                    && c.containsWithGrace(a.eventTime()));
            if (!explained) out.add(a.alert());
        }
        return out;
    }

    /** The first WARNING/CRITICAL alert of any status on the benign incident's topic within [onset, end + grace]. */
    static Alert firstViolation(Incident benign, List<TimedAlert> alerts) {
        for (TimedAlert a : alerts) {
            if (a.isCrisisSeverity() && coversTopic(benign, a.topic()) && benign.containsWithGrace(a.eventTime())) {
                return a.alert();
            }
        }
        return null;
    }

    /** An alert speaks for an incident on the same topic; any `emerging:` alert speaks for an emerging incident. */
    static boolean coversTopic(Incident incident, String alertTopic) {
        if (alertTopic == null) return false;
        if (incident.isEmerging()) return AlertTopics.isEmerging(alertTopic);
        return incident.topic().equals(alertTopic);
    }

    /** An alert with its eventTime parsed once. */
    record TimedAlert(Alert alert, Instant eventTime) {
        AlertStatus status() {
            return alert.status;
        }

        String topic() {
            return alert.topic;
        }

        boolean isCrisisSeverity() {
            return alert.severity != null && alert.severity.isCrisis();
        }

        static List<TimedAlert> sortedByEventTime(List<Alert> alerts) {
            List<TimedAlert> out = new ArrayList<>(alerts.size());
            for (Alert a : alerts) {
                Instant t = EventTimes.parseOrNull(a.eventTime);
                if (t != null) out.add(new TimedAlert(a, t));
            }
            out.sort(Comparator.comparing(TimedAlert::eventTime));
            return out;
        }
    }
}
