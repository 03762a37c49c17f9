package dev.crisiswatch.simulator.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    /** A delivery crisis 10:00-14:00 that reached 10% of its 800 mentions at 10:25. */
    private static final Incident PARCEL_CRISIS = new Incident("acme-delivery", IncidentKind.CRISIS, "lost parcels",
            at("10:00"), at("14:00"), 800, at("10:25"));
    /** A billing crisis 16:00-18:00. */
    private static final Incident BILLING_CRISIS = new Incident("acme-billing", IncidentKind.CRISIS, "double charge",
            at("16:00"), at("18:00"), 300, at("16:20"));
    /** A viral happy story about the app 12:00-15:00. */
    private static final Incident APP_BUZZ = new Incident("acme-app", IncidentKind.BENIGN, "app launch buzz",
            at("12:00"), at("15:00"), 2000, at("12:15"));

    private static final Truth TRUTH = new Truth("two-crises", "", DAY, DAY.plus(Duration.ofDays(1)), 4.0,
            List.of(PARCEL_CRISIS, BILLING_CRISIS, APP_BUZZ));

    @Test
    void shouldCountACrisisAsDetectedByTheFirstWarningOnItsTopicWithItsDelay() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(
                alert("acme-delivery", AlertStatus.OPEN, Severity.WATCH, "10:05"),
                alert("acme-delivery", AlertStatus.UPDATE, Severity.WARNING, "10:12"),
                alert("acme-delivery", AlertStatus.UPDATE, Severity.CRITICAL, "10:40")));

        CrisisOutcome parcel = s.crises().get(0);
        assertThat(parcel.detected()).isTrue();
        assertThat(parcel.delay()).isEqualTo(Duration.ofMinutes(12));
        assertThat(parcel.early()).as("10:12 is before 10% of mentions at 10:25").isTrue();
        assertThat(s.crisesDetected()).isEqualTo(1);
        assertThat(s.crisesTotal()).isEqualTo(2);
    }

    @Test
    void shouldNotCountAnAlertAfterTenPercentAsEarly() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(alert("acme-billing", AlertStatus.OPEN, Severity.WARNING, "16:30")));

        assertThat(s.crises().get(1).delay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.crises().get(1).early()).isFalse();
        assertThat(s.early()).isZero();
    }

    @Test
    void shouldMissACrisisWhenTheAlertIsOnAnotherTopicOrOutsideTheIncidentOrResolved() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(
                alert("acme-billing", AlertStatus.OPEN, Severity.CRITICAL, "10:10"),
                alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "09:50"),
                alert("acme-delivery", AlertStatus.RESOLVED, Severity.WARNING, "11:00"),
                alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "14:10")));

        assertThat(s.crises().get(0).detected()).isFalse();
        assertThat(s.medianDelay()).isNull();
    }

    @Test
    void shouldCountAnOpenAlertWithinThirtyMinutesAfterACrisisAsNoFalseAlarmButOneLaterAsFalse() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(
                alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "14:25"),
                alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "14:31"),
                alert("acme-delivery", AlertStatus.OPEN, Severity.WATCH, "20:00"),
                alert("acme-delivery", AlertStatus.UPDATE, Severity.CRITICAL, "21:00")));

        assertThat(s.falseAlarms()).extracting(a -> a.eventTime).containsExactly(at("14:31").toString());
        assertThat(s.falseAlarmsPer100TopicDays()).isEqualTo(25.0);
    }

    @Test
    void shouldCountAnOpenAlertDuringAnotherTopicsCrisisAsFalse() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(alert("acme-billing", AlertStatus.OPEN, Severity.WARNING, "11:00")));

        assertThat(s.falseAlarms()).hasSize(1);
    }

    @Test
    void shouldForgiveAnEmergingAlertDuringAnyCrisisButNotOutside() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(
                alert("emerging:courier strike", AlertStatus.OPEN, Severity.WARNING, "11:00"),
                alert("emerging:courier strike", AlertStatus.OPEN, Severity.WARNING, "18:20"),
                alert("emerging:battery", AlertStatus.OPEN, Severity.CRITICAL, "19:00")));

        assertThat(s.falseAlarms()).extracting(a -> a.topic).containsExactly("emerging:battery");
        assertThat(s.crisesDetected()).as("an emerging alert does not catch a catalog crisis").isZero();
    }

    @Test
    void shouldFlagABenignIncidentThatRaisedAWarningOfAnyStatusIncludingDuringGrace() {
        ScenarioScore quiet = Evaluator.score(TRUTH, List.of(
                alert("acme-app", AlertStatus.OPEN, Severity.INFO, "12:30"),
                alert("acme-app", AlertStatus.UPDATE, Severity.WATCH, "13:00")));
        ScenarioScore loud = Evaluator.score(TRUTH, List.of(
                alert("acme-app", AlertStatus.UPDATE, Severity.WARNING, "15:20")));

        assertThat(quiet.benignViolations()).isZero();
        assertThat(loud.benignViolations()).isEqualTo(1);
        assertThat(loud.benign().get(0).violatingAlert().eventTime).isEqualTo(at("15:20").toString());
    }

    @Test
    void shouldTakeTheMedianDelayOverDetectedCrisesAndPoolScenariosOverall() {
        ScenarioScore first = Evaluator.score(TRUTH, List.of(
                alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "10:10"),
                alert("acme-billing", AlertStatus.OPEN, Severity.WARNING, "16:30")));
        ScenarioScore second = Evaluator.score(TRUTH, List.of(
                alert("acme-delivery", AlertStatus.OPEN, Severity.CRITICAL, "10:04"),
                alert("acme-app", AlertStatus.OPEN, Severity.WARNING, "03:00")));

        assertThat(first.medianDelay()).isEqualTo(Duration.ofMinutes(20));
        ScenarioScore overall = ScenarioScore.overall(List.of(first, second));
        assertThat(overall.crisesDetected()).isEqualTo(3);
        assertThat(overall.crisesTotal()).isEqualTo(4);
        assertThat(overall.medianDelay()).isEqualTo(Duration.ofMinutes(10));
        assertThat(overall.falseAlarms()).hasSize(1);
        assertThat(overall.falseAlarmsPer100TopicDays()).isEqualTo(12.5);
    }

    @Test
    void shouldPrintTheTableWithPerCrisisDelaysAndAnOverallLine() {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "10:06")));

        String table = ScoreTable.render(null, List.of(s, s));

        assertThat(table).contains("caught after 6m00s (early)").contains("MISSED").contains("quiet");
        assertThat(table.lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow())
                .contains("2/4").contains("6m00s");
    }

    static Instant at(String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z");
    }

    static Alert alert(String topic, AlertStatus status, Severity severity, String hhmm) {
        Alert a = new Alert();
        a.alertId = topic + "/" + status + "/" + hhmm;
        a.topic = topic;
        a.status = status;
        a.severity = severity;
        a.kind = "NEGATIVE_SURGE";
        a.eventTime = at(hhmm).toString();
        return a;
    }
}
