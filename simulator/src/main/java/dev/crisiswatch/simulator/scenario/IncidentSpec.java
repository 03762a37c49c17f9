package dev.crisiswatch.simulator.scenario;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happens on the scenario's timeline. Any mix of original posts on a ramp, a cascade
 * of reshares and a surge of complaints; {@code tone} names the text mix of its posts.
 *
 * @param topic a catalog topic id, or {@code emerging:<term>} for an issue the catalog does not know
 * @param terms the words that make posts land on the topic; the topic's catalog terms when empty
 * @param texts extra post texts (with the same slots as the templates) for the roots and the ramp
 * @param bots when above 0, the posts come from this many fresh zero-follower accounts
 */
public record IncidentSpec(String label, String topic, boolean crisis, String tone, Instant onset, Instant end,
        List<String> terms, List<String> texts, int bots, Weights sources, Ramp posts, CascadeSpec cascade,
        ComplaintSurge complaints) {

    public static final String EMERGING_PREFIX = "emerging:";

    public IncidentSpec {
        terms = List.copyOf(terms);
        texts = List.copyOf(texts);
    }

    public boolean isEmerging() {
        return topic.startsWith(EMERGING_PREFIX);
    }

    public String kind() {
        return crisis ? "crisis" : "benign";
    }
}
