package dev.crisiswatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrisisConfigTest {
    private static CrisisConfig parse(String yaml) throws IOException {
        return CrisisConfig.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "crisis.yaml");
    }

    @Test
    void shouldOverrideOnlyWhatTheFileSays() throws IOException {
        CrisisConfig c = parse("""
                topics:
                  alerts: acme-alerts
                eventTime:
                  maxOutOfOrderness: 90s
                kafka:
                  properties:
                    security.protocol: SASL_SSL
                    sasl.jaas.config: "PlainLoginModule required password='hunter2';"
                """);
        assertThat(c.topics.alerts).isEqualTo("acme-alerts");
        assertThat(c.topics.mentions).isEqualTo("mentions");
        assertThat(c.eventTime.maxOutOfOrdernessMillis()).isEqualTo(90_000);
        assertThat(c.kafka.properties).containsEntry("security.protocol", "SASL_SSL");
        assertThat(c.kafka.redactedProperties().toString()).doesNotContain("hunter2").contains("SASL_SSL");
    }

    @Test
    void shouldRejectTyposAndBadDurations() {
        assertThatThrownBy(() -> parse("eventTime:\n  maxOutOfOrdernes: 2m\n")).hasMessageContaining("maxOutOfOrdernes");
        assertThatThrownBy(() -> parse("state:\n  checkpointInterval: 10 parsecs\n")).hasMessageContaining("parsecs");
    }

    @Test
    void shouldParseFriendlyDurations() {
        assertThat(Durations.millis("500ms")).isEqualTo(500);
        assertThat(Durations.millis("2m")).isEqualTo(120_000);
        assertThat(Durations.millis("7d")).isEqualTo(7 * 86_400_000L);
        assertThat(Durations.millis("PT1H")).isEqualTo(3_600_000);
    }

    @Test
    void shouldFindActionsByKindThenSeverity() {
        CrisisConfig c = CrisisConfig.defaults();
        assertThat(c.actionsFor("POSITIVE_BUZZ", "INFO")).singleElement().asString().contains("Thank");
        assertThat(c.actionsFor("NEGATIVE_SURGE", "CRITICAL")).anyMatch(a -> a.contains("holding statement"));
        assertThat(c.actionsFor("NEGATIVE_SURGE", "WARNING")).anyMatch(a -> a.contains("private channel"));
    }
}
