package dev.crisiswatch.simulator.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A scenario's truth file (truth.json): what happened, for scoring the alerts against. */
public record Truth(String scenario, String description, Instant start, Instant end, double topicDays,
        List<Incident> incidents) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Truth {
        incidents = List.copyOf(incidents);
    }

    public static Truth load(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        try {
            return fromJson(root, fallbackName(file));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a truth file: " + e.getMessage(), e);
        }
    }

    static Truth fromJson(JsonNode root, String fallbackName) {
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode i : root.path("incidents")) {
            incidents.add(new Incident(
                    required(i, "topic"),
                    IncidentKind.parse(required(i, "kind")),
                    i.path("label").asText(""),
                    Instant.parse(required(i, "onset")),
                    Instant.parse(required(i, "end")),
                    i.path("mentions").asLong(0),
                    i.hasNonNull("tenPercentAt") ? Instant.parse(i.get("tenPercentAt").asText()) : null));
        }
        return new Truth(
                root.path("scenario").asText(fallbackName),
                root.path("description").asText(""),
                Instant.parse(required(root, "start")),
                Instant.parse(required(root, "end")),
                root.path("topicDays").asDouble(0),
                incidents);
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing '" + field + "'");
        return v.asText();
    }

    /** A truth file without a name is named after its folder (`target/suite/flash-crisis/truth.json`). */
    private static String fallbackName(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.getFileName().toString() : parent.getFileName().toString();
    }

    public List<Incident> crises() {
        return incidents.stream().filter(Incident::isCrisis).toList();
    }

    public List<Incident> benign() {
        return incidents.stream().filter(i -> !i.isCrisis()).toList();
    }
}
