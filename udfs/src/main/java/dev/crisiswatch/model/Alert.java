package dev.crisiswatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert as downstream consumers read it (CONTRACT section 3). Serialised to JSON by
 * {@link AlertCodec}; field order is fixed so identical alerts give identical bytes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"alertId", "incidentId", "topic", "topicName", "status", "severity", "kind", "kinds",
        "eventTime", "detectedAt", "metrics", "reasons", "samples", "owners", "actions"})
public class Alert {
    public String alertId;
    /** The incident this alert belongs to; shared by its OPEN, UPDATEs and RESOLVED. */
    public String incidentId;
    public String topic;
    public String topicName;
    public AlertStatus status;
    public Severity severity;
    /** The main signal that fired. */
    public String kind;
    /** Every signal that contributed, main one first. */
    public List<String> kinds = new ArrayList<>();
    /** Event time (ISO-8601) at which the condition became true. */
    public String eventTime;
    /** Wall-clock time (ISO-8601) of emission; the only field that differs between replays. */
    public String detectedAt;
    public Map<String, Object> metrics = new LinkedHashMap<>();
    public List<String> reasons = new ArrayList<>();
    public List<Sample> samples = new ArrayList<>();
    public List<String> owners = new ArrayList<>();
    /** Suggested first actions for the kind and severity, from the config file. */
    public List<String> actions = new ArrayList<>();

    public Alert() {}

    @Override
    public String toString() {
        return status + " " + severity + " " + kind + " " + topic + " @" + eventTime + " " + alertId;
    }
}
