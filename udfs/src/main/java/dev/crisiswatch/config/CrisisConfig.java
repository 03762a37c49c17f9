package dev.crisiswatch.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every topic name, interval, limit and threshold of the job, read once from one YAML file. Field
 * initialisers are the documented defaults (see `job/src/main/resources/crisis-default.yaml`).
 * Unknown keys are rejected so that a typo does not silently fall back to a default.
 */
public class CrisisConfig implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public Topics topics = new Topics();
    public Kafka kafka = new Kafka();
    public EventTime eventTime = new EventTime();
    public Limits limits = new Limits();
    public State state = new State();
    public PreAggregation preAggregation = new PreAggregation();
    public DetectionConfig detection = new DetectionConfig();
    /** Suggested first actions by alert kind, then severity (`*` matches any); from the config, shown in alerts. */
    public Map<String, Map<String, List<String>>> actions = defaultActions();

    public static CrisisConfig defaults() {
        return new CrisisConfig();
    }

    public static CrisisConfig load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /**
     * Reads and checks a config. A YAML or type error is reported by {@link ConfigErrors} without the
     * file's text and without Jackson's exception as its cause: those quote the offending line or
     * value, which may be a Kafka password, into logs and stack traces.
     */
    public static CrisisConfig parse(InputStream in, String where) throws IOException {
        CrisisConfig c;
        try {
            c = YAML.readValue(in, CrisisConfig.class);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": " + ConfigErrors.describe(e));
        }
        try {
            return c == null ? new CrisisConfig() : c.validate();
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    public CrisisConfig validate() {
        eventTime.maxOutOfOrdernessMillis();
        eventTime.idlenessMillis();
        eventTime.maxFutureSkewMillis();
        state.checkpointIntervalMillis();
        state.dedupTtlMillis();
        state.topicTtlMillis();
        if (limits.maxRecordBytes < 256) throw new IllegalArgumentException("limits.maxRecordBytes must be >= 256");
        if (limits.maxTextChars < 16) throw new IllegalArgumentException("limits.maxTextChars must be >= 16");
        detection.validate();
        return this;
    }

    /** Actions for an alert kind and severity: the kind's entry for the severity, else its `*`, else `*`/`*`. */
    public List<String> actionsFor(String kind, String severity) {
        for (String k : new String[] {kind, "*"}) {
            Map<String, List<String>> bySeverity = actions.get(k);
            if (bySeverity == null) continue;
            List<String> a = bySeverity.get(severity);
            if (a == null) a = bySeverity.get("*");
            if (a != null) return a;
        }
        return List.of();
    }

    private static Map<String, Map<String, List<String>>> defaultActions() {
        Map<String, Map<String, List<String>>> m = new LinkedHashMap<>();
        m.put("POSITIVE_BUZZ", Map.of("*", List.of(
                "Thank the people driving it and amplify; no crisis response needed.")));
        m.put("*", Map.of(
                "WATCH", List.of("Watch the topic; check the samples for a pattern."),
                "WARNING", List.of(
                        "Acknowledge publicly and politely within the hour.",
                        "Move affected customers to a private channel (DM, callback).",
                        "Brief customer service with the facts so answers match."),
                "CRITICAL", List.of(
                        "Page the PR on-call and the topic owners now.",
                        "Publish a holding statement; acknowledge publicly and politely.",
                        "Move affected customers to a private channel (DM, callback).",
                        "Brief customer service with the facts and a script.")));
        return m;
    }

    /** Kafka topic names. */
    public static class Topics implements Serializable {
        public String mentions = "mentions";
        public String complaints = "complaints";
        public String alerts = "crisis-alerts";
        public String deadLetter = "crisis-deadletter";
    }

    /** Kafka client settings; `properties` pass through unchanged (SASL/SSL, timeouts). */
    public static class Kafka implements Serializable {
        public String groupId = "crisiswatch";
        /** `earliest`, `latest` or `committed` (committed offsets, else earliest). */
        public String startingOffsets = "committed";
        /** `at-least-once` (low latency; duplicates after recovery keep their alertId) or `exactly-once`. */
        public String deliveryGuarantee = "at-least-once";
        public String transactionalIdPrefix = "crisiswatch-alerts";
        public Map<String, String> properties = new LinkedHashMap<>();

        /** Keys whose values are settings (sizes, timeouts, protocols, types, classes), shown in logs. */
        private static final Pattern SETTING = Pattern.compile(
                "(?i).*(\\.ms|\\.bytes|\\.size|\\.records|\\.count|protocol|mechanism|\\.type|\\.class|\\.algorithm"
                        + "|\\.level|\\.lookup|acks|idempotence|\\.providers)");
        /** Key names that hint at a credential: masked even when they end like a setting. */
        private static final Pattern CREDENTIAL = Pattern.compile(
                "(?i).*(password|secret|token|jaas|key|credential|auth|url|servers).*");

        /**
         * Properties for logs: only values of keys known to be plain settings are shown; every other
         * value is masked, so a secret under an unexpected key (a URL with credentials, a PEM key) is
         * masked too.
         */
        @JsonIgnore
        public Map<String, String> redactedProperties() {
            Map<String, String> r = new LinkedHashMap<>();
            properties.forEach((k, v) -> r.put(k,
                    SETTING.matcher(k).matches() && !CREDENTIAL.matcher(k).matches() ? v : "****"));
            return r;
        }
    }

    public static class EventTime implements Serializable {
        /** How far out of order events may arrive and still count. */
        public String maxOutOfOrderness = "2m";
        /** A stream with no event for this long stops holding back the watermark. */
        public String idleness = "30s";
        /** Events further ahead of the highest event time seen so far are rejected to the dead letters. */
        public String maxFutureSkew = "1d";

        public long maxOutOfOrdernessMillis() {
            return Durations.millis(maxOutOfOrderness);
        }

        public long idlenessMillis() {
            return Durations.millis(idleness);
        }

        public long maxFutureSkewMillis() {
            return Durations.millis(maxFutureSkew);
        }
    }

    public static class Limits implements Serializable {
        public int maxRecordBytes = 1 << 20;
        public int maxTextChars = 20_000;
        /** Characters of a post's text kept in an alert sample. */
        public int sampleTextChars = 280;
    }

    public static class State implements Serializable {
        /** Where RocksDB checkpoints go (a file:// or object-store URI); empty = none (backtests). */
        public String checkpointDir = "";
        public String checkpointInterval = "10s";
        /** The same (source, id) seen again within this time counts once. */
        public String dedupTtl = "24h";
        /** State of a topic or term that has been quiet this long is dropped. */
        public String topicTtl = "14d";

        public long checkpointIntervalMillis() {
            return Durations.millis(checkpointInterval);
        }

        public long dedupTtlMillis() {
            return Durations.millis(dedupTtl);
        }

        public long topicTtlMillis() {
            return Durations.millis(topicTtl);
        }
    }

    public static class PreAggregation implements Serializable {
        /** Distinct unmatched terms kept per subtask and minute (heavy hitters); bounds memory under floods. */
        public int maxTermsPerMinute = 256;
        /** Samples kept per topic and minute, highest reach first. */
        public int samplesPerBucket = 5;
    }
}
