package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;
import java.time.Duration;
import java.util.List;

/** The CONTRACT section 5 figures of one scenario, or of all scenarios together. */
public record ScenarioScore(String scenario, double topicDays, List<CrisisOutcome> crises,
        List<Alert> falseAlarms, List<BenignOutcome> benign) {

    public ScenarioScore {
        crises = List.copyOf(crises);
        falseAlarms = List.copyOf(falseAlarms);
        benign = List.copyOf(benign);
    }

    public int crisesTotal() {
        return crises.size();
    }

    public int crisesDetected() {
        return (int) crises.stream().filter(CrisisOutcome::detected).count();
    }

    public int early() {
        return (int) crises.stream().filter(CrisisOutcome::early).count();
    }

    /** Median detection delay of the detected crises; null when none was detected. */
    public Duration medianDelay() {
        List<Duration> delays = crises.stream().filter(CrisisOutcome::detected).map(CrisisOutcome::delay).sorted().toList();
        if (delays.isEmpty()) return null;
        int n = delays.size();
        return n % 2 == 1 ? delays.get(n / 2) : delays.get(n / 2 - 1).plus(delays.get(n / 2)).dividedBy(2);
    }

    /** False alarms per 100 topic-days; NaN when the scenario does not say how many topic-days it spans. */
    public double falseAlarmsPer100TopicDays() {
        return topicDays > 0 ? falseAlarms.size() * 100.0 / topicDays : Double.NaN;
    }

    public int benignTotal() {
        return benign.size();
    }

    public int benignViolations() {
        return (int) benign.stream().filter(BenignOutcome::violated).count();
    }

    /** The scores of several scenarios pooled: detections, delays and alarms added up. */
    public static ScenarioScore overall(List<ScenarioScore> scores) {
        return new ScenarioScore("overall",
                scores.stream().mapToDouble(ScenarioScore::topicDays).sum(),
                scores.stream().flatMap(s -> s.crises().stream()).toList(),
                scores.stream().flatMap(s -> s.falseAlarms().stream()).toList(),
                scores.stream().flatMap(s -> s.benign().stream()).toList());
    }
}
