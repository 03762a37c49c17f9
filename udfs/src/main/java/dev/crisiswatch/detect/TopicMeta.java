package dev.crisiswatch.detect;

import java.util.List;

/** What the detector needs to know about the key it judges: catalog topic or emerging term. */
public record TopicMeta(String topic, String name, List<String> owners, boolean emerging) {

    public static final String EMERGING_PREFIX = "emerging:";

    public TopicMeta {
        owners = owners == null ? List.of() : List.copyOf(owners);
        name = name == null ? topic : name;
    }

    /** An emerging term: never has owners. */
    public static TopicMeta emerging(String key) {
        return new TopicMeta(key, key.substring(EMERGING_PREFIX.length()), List.of(), true);
    }

    public static boolean isEmergingKey(String key) {
        return key.startsWith(EMERGING_PREFIX);
    }
}
