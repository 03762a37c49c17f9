package dev.crisiswatch.simulator.tail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFormatterTest {
    @Test
    void shouldShowTimeTopicSeverityStatusKindReasonsAndTheTopSampleOnFewLines() {
        String out = new AlertFormatter(false).format(alert("my parcel never arrived, 3rd time this month"));

        assertThat(out.lines()).hasSize(3);
        assertThat(out.lines().findFirst().orElseThrow())
                .startsWith("2026-03-02 10:20:00Z")
                .contains("acme-delivery").contains("CRITICAL").contains("OPEN")
                .contains("NEGATIVE_SURGE (+COMPLAINT_SURGE)");
        assertThat(out).contains("why: 41 negative mentions in 10 min vs 3 expected")
                .contains("@courierwatch (48,200 followers, verified) [twitter] \"my parcel never arrived, 3rd time this month\"");
    }

    @Test
    void shouldStripAnsiEscapesAndControlCharactersFromAlertTexts() {
        String out = new AlertFormatter(false).format(alert("\u001B[2J\u001B[31mFAKE CRITICAL\u001B[0m\r\u0007 refund \u202Enow"));

        assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\u202E")
                .contains("\"FAKE CRITICAL  refund now\"");
    }

    @Test
    void shouldColourOnlyTheHeadlineWhenAskedAndSurviveRecordsThatAreNotAlerts() {
        String coloured = new AlertFormatter(true).format(alert("late"));
        AlertTail tail = new AlertTail("unused:9092", "crisis-alerts", false, new AlertFormatter(false));

        assertThat(coloured).startsWith("\u001B[1;31m2026-03-02 10:20:00Z");
        assertThat(coloured.lines().skip(1)).noneMatch(l -> l.contains("\u001B"));
        assertThat(tail.render(AlertCodec.toJsonBytes(alert("ok")))).contains("acme-delivery");
        assertThat(tail.render("{oops \u001B[31m".getBytes(StandardCharsets.UTF_8))).startsWith("(not an alert) {oops");
    }

    private static Alert alert(String text) {
        Alert a = new Alert();
        a.alertId = "a1";
        a.topic = "acme-delivery";
        a.status = AlertStatus.OPEN;
        a.severity = Severity.CRITICAL;
        a.kind = "NEGATIVE_SURGE";
        a.kinds = List.of("NEGATIVE_SURGE", "COMPLAINT_SURGE");
        a.eventTime = "2026-03-02T10:20:00Z";
        a.reasons = List.of("41 negative mentions in 10 min vs 3 expected");
        Sample s = new Sample();
        s.author = "@courierwatch";
        s.followers = 48_200;
        s.verified = true;
        s.source = "twitter";
        s.text = text;
        a.samples = List.of(s);
        return a;
    }
}
