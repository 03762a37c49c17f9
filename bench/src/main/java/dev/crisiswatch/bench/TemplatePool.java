package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crisiswatch.text.SentimentScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real generated events (the simulator's scenarios) cut into a byte prefix for a new id and time and a
 * fixed rest, so the loader writes millions of distinct, realistic records without a JSON library.
 */
final class TemplatePool {
    /** One event without its id and ts: {@code {"id":"..","ts":"..",} + head + tag + tail}. */
    record Template(byte[] head, byte[] tail, boolean negative) {}

    final List<Template> mentions = new ArrayList<>();
    final List<Template> complaints = new ArrayList<>();
    final List<Template> negativeMentions = new ArrayList<>();

    static TemplatePool load(List<Path> dirs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        SentimentScorer scorer = SentimentScorer.standard();
        TemplatePool pool = new TemplatePool();
        for (Path dir : dirs) {
            pool.read(json, scorer, dir.resolve("mentions.jsonl"), pool.mentions, true);
            pool.read(json, scorer, dir.resolve("complaints.jsonl"), pool.complaints, false);
        }
        if (pool.mentions.isEmpty() || pool.complaints.isEmpty()) {
            throw new IllegalArgumentException("no mentions or complaints under " + dirs);
        }
        return pool;
    }

    /**
     * Adds the fields a listening tool or service desk sends beside the contract's (the job skips them), so
     * records weigh what real ones do: 300 to 600 bytes.
     */
    private static void enrich(ObjectNode node, boolean mention) {
        String source = node.path(mention ? "source" : "channel").asText("web");
        String handle = node.path("author").path("handle").asText("@user").substring(1);
        if (mention) {
            node.put("url", "https://" + source + ".example.com/" + handle + "/posts/" + Math.abs(handle.hashCode()));
            node.put("capturedAt", "2026-03-02T00:00:00.000Z");
            node.put("country", "GB");
            node.put("collector", "listening-api/v3 stream:brand-monitor");
        } else {
            node.put("url", "https://desk.example.com/tickets/" + Math.abs(node.path("customerId").asText().hashCode()));
            node.put("queue", source + "-tier1");
            node.put("createdBy", "integration:" + source);
            node.put("sla", "PT24H");
        }
    }

    private void read(ObjectMapper json, SentimentScorer scorer, Path file, List<Template> into, boolean mention)
            throws IOException {
        if (!Files.exists(file)) return;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            ObjectNode node;
            try {
                node = (ObjectNode) json.readTree(line);
            } catch (IOException | ClassCastException e) {
                continue; // the scenarios' deliberate chaos: malformed lines are not templates
            }
            if (node == null || !node.hasNonNull("text") || !node.hasNonNull("id")) continue;
            String text = node.get("text").asText();
            boolean negative = scorer.score(text) <= SentimentScorer.NEGATIVE_BELOW;
            node.remove("id");
            node.remove("ts");
            node.remove("text");
            enrich(node, mention);
            String rest = json.writeValueAsString(node);
            String quoted = json.writeValueAsString(text);
            // "text":"<text> <tag>" followed by the other fields.
            byte[] head = ("\"text\":" + quoted.substring(0, quoted.length() - 1)).getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\"" + (rest.length() > 2 ? "," + rest.substring(1) : "}"))
                    .getBytes(StandardCharsets.UTF_8);
            Template t = new Template(head, tail, negative);
            into.add(t);
            if (mention && negative) negativeMentions.add(t);
        }
    }
}
