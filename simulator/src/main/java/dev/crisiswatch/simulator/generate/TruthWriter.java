package dev.crisiswatch.simulator.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes truth.json: the scenario, its incidents as generated, the chaos applied and the event counts. */
final class TruthWriter {
    private TruthWriter() {}

    static void write(Path file, Scenario scenario, GenerationResult r) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("scenario", scenario.name());
            g.writeStringField("description", scenario.description());
            g.writeStringField("start", scenario.start().toString());
            g.writeStringField("end", scenario.end().toString());
            g.writeNumberField("topicDays", Math.round(scenario.topicDays() * 1000) / 1000.0);
            g.writeArrayFieldStart("incidents");
            for (IncidentTruth i : r.incidents()) {
                g.writeStartObject();
                g.writeStringField("topic", i.topic());
                g.writeStringField("kind", i.kind());
                g.writeStringField("label", i.label());
                g.writeStringField("onset", i.onset().toString());
                g.writeStringField("end", i.end().toString());
                g.writeNumberField("mentions", i.mentions());
                g.writeNumberField("complaints", i.complaints());
                instant(g, "tenPercentAt", i.tenPercentAt());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("chaos");
            g.writeNumberField("outOfOrder", r.outOfOrder());
            g.writeNumberField("duplicates", r.duplicates());
            g.writeNumberField("malformed", r.malformed());
            g.writeEndObject();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("mentions", r.mentions());
            g.writeNumberField("complaints", r.complaints());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void instant(JsonGenerator g, String name, Instant t) throws IOException {
        if (t == null) g.writeNullField(name);
        else g.writeStringField(name, t.toString());
    }
}
