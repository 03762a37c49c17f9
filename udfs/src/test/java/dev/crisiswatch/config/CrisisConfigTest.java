package dev.crisiswatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
    void shouldLogOnlyValuesOfPlainSettingsAndMaskEverythingElse() throws IOException {
        CrisisConfig c = parse("""
                kafka:
                  properties:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                    request.timeout.ms: "30000"
                    ssl.truststore.type: PEM
                    sasl.jaas.config: "ScramLoginModule required username='crisis' password='s3cr3t-Hunter2';"
                    ssl.truststore.password: tr0ub4dor-and-3
                    ssl.keystore.key: "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBg"
                    sasl.oauthbearer.client.credentials.client.secret: oauth-CLIENT-secret-77
                    sasl.oauthbearer.token.endpoint.url: "https://crisis:pa55word@idp.example.com/token"
                    bootstrap.servers: "SASL_SSL://crisis:pa55word@broker:9093"
                    my.vendor.signature: "v=1;sig=9f8e7d6c"
                """);

        assertThat(c.kafka.redactedProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("request.timeout.ms", "30000")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("sasl.jaas.config", "****")
                .containsEntry("my.vendor.signature", "****");
        String logged = c.kafka.redactedProperties().toString();
        for (String secret : new String[] {"s3cr3t-Hunter2", "tr0ub4dor-and-3", "MIIEvQIBADANBg",
                "oauth-CLIENT-secret-77", "pa55word", "9f8e7d6c"}) {
            assertThat(logged).doesNotContain(secret);
        }
    }

    /** Broken configs whose error, as Jackson and SnakeYAML word it, quotes a password of the file. */
    @Test
    void shouldReportConfigErrorsWithoutQuotingTheFile() {
        String[] broken = {
            // unterminated quote: SnakeYAML prints the line under a caret
            "kafka:\n  properties:\n    sasl.jaas.config: \"ScramLoginModule required password='s3cr3t-Hunter2';\n",
            // a colon inside an unquoted value
            "kafka:\n  properties:\n    sasl.jaas.config: ScramLoginModule required password: s3cr3t-Hunter2\n",
            // a bad escape inside the password
            "kafka:\n  properties:\n    ssl.truststore.password: \"s3cr3t\\xZZ-Hunter2\"\n",
            // a tab for indentation
            "kafka:\n  properties:\n\tssl.truststore.password: s3cr3t-Hunter2\n",
            // bad indentation after the password line
            "kafka:\n  properties:\n    ssl.truststore.password: s3cr3t-Hunter2\n   oops: [\n",
            // properties given as one string: Jackson quotes the value
            "kafka:\n  properties: \"sasl.jaas.config=password=s3cr3t-Hunter2\"\n",
            // the password where a number belongs
            "limits:\n  maxRecordBytes: s3cr3t-Hunter2\n",
        };
        for (String yaml : broken) {
            Throwable error = catchThrowable(() -> parse(yaml));

            assertThat(error).as(yaml).isInstanceOf(IOException.class).hasNoCause()
                    .hasMessageStartingWith("crisis.yaml: ").hasMessageContaining(" at line ");
            assertThat(error.getMessage()).as(yaml).doesNotContain("s3cr3t").doesNotContain("Hunter2")
                    .doesNotContain("xZZ").doesNotContain("ZZ-");
        }
    }

    @Test
    void shouldStillSayWhereAndWhatWentWrong() {
        assertThat(catchThrowable(() -> parse("kafka:\n  properties:\n    a: \"open\n")))
                .hasMessage("crisis.yaml: invalid YAML at line 4, column 1: while scanning a quoted scalar: "
                        + "found unexpected end of stream");
        assertThat(catchThrowable(() -> parse("kafka:\n  properties:\n\ta: b\n"))).hasMessageContaining(
                "at line 3, column 1: while scanning for the next token: found character '\\t(TAB)' that cannot start");
        assertThat(catchThrowable(() -> parse("limits:\n  maxRecordBytes: lots\n")))
                .hasMessage("crisis.yaml: 'limits.maxRecordBytes' at line 2, column 19 must be a value of type int");
        assertThat(catchThrowable(() -> parse("kafka:\n  properties:\n    sasl.jaas.config: [a, b]\n")))
                .hasMessageContaining("'kafka.properties[sasl.jaas.config]' at line 3").hasMessageEndingWith("must be a single value (text)");
        assertThat(catchThrowable(() -> parse("kafka:\n  grupId: acme\n")))
                .hasMessageStartingWith("crisis.yaml: unknown key 'grupId' in kafka at line 2")
                .hasMessageContaining("known keys: deliveryGuarantee, groupId,");
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
