package dev.crisiswatch.simulator.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.crisiswatch.simulator.scenario.IncidentSpec;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a scenario's input files and truth. The same scenario, seed and chaos always give
 * byte-identical files: every random draw comes from one seeded stream per part (authors,
 * background posts, background tickets, each incident, rendering, chaos), so adding an incident
 * leaves the background as it was.
 */
public final class ScenarioGenerator {
    public static final String MENTIONS_FILE = "mentions.jsonl";
    public static final String COMPLAINTS_FILE = "complaints.jsonl";
    public static final String CATALOG_FILE = "catalog.yaml";
    public static final String TRUTH_FILE = "truth.json";
    private static final int CUSTOMERS_PER_AUTHOR = 3;

    private final Scenario scenario;
    private final long seed;
    private final ChaosOptions chaos;

    public ScenarioGenerator(Scenario scenario, long seed, ChaosOptions chaos) {
        this.scenario = scenario;
        this.seed = seed;
        this.chaos = chaos;
    }

    public GenerationResult writeTo(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        GeneratedEvents events = generate();
        EventJson json = new EventJson(events.renderRng());
        List<ChaosInjector.Line> mentionLines = new ArrayList<>(events.mentions().size());
        for (SimMention m : events.mentions()) mentionLines.add(new ChaosInjector.Line(m.ts, json.mention(m)));
        List<ChaosInjector.Line> complaintLines = new ArrayList<>(events.complaints().size());
        for (SimComplaint c : events.complaints()) complaintLines.add(new ChaosInjector.Line(c.ts(), json.complaint(c)));

        ChaosInjector mentionChaos = new ChaosInjector(chaos, events.chaosRng().split());
        ChaosInjector complaintChaos = new ChaosInjector(chaos, events.chaosRng().split());
        writeLines(outDir.resolve(MENTIONS_FILE), mentionChaos.deliver(mentionLines));
        writeLines(outDir.resolve(COMPLAINTS_FILE), complaintChaos.deliver(complaintLines));
        writeCatalog(outDir.resolve(CATALOG_FILE));

        GenerationResult result = new GenerationResult(outDir, events.mentions().size(), events.complaints().size(),
                mentionChaos.outOfOrder() + complaintChaos.outOfOrder(),
                mentionChaos.duplicates() + complaintChaos.duplicates(),
                mentionChaos.malformed() + complaintChaos.malformed(),
                truths(events.mentions(), events.complaints()));
        TruthWriter.write(outDir.resolve(TRUTH_FILE), scenario, result);
        return result;
    }

    /** The events in event-time order, and the streams left for rendering and chaos. */
    record GeneratedEvents(List<SimMention> mentions, List<SimComplaint> complaints, SplittableRandom renderRng,
            SplittableRandom chaosRng) {}

    GeneratedEvents generate() {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom authorRng = root.split();
        SplittableRandom postRng = root.split();
        SplittableRandom ticketRng = root.split();
        SplittableRandom incidentRng = root.split();
        SplittableRandom renderRng = root.split();
        SplittableRandom chaosRng = root.split();

        AuthorPool authors = new AuthorPool(scenario.authors(), authorRng);
        TextComposer texts = new TextComposer(TemplateLibrary.standard(), scenario.brand());
        CustomerBase customers = new CustomerBase(scenario.authors().population() * CUSTOMERS_PER_AUTHOR);
        EventSink sink = new EventSink();
        BackgroundTraffic background = new BackgroundTraffic(scenario, authors, texts, sink);
        background.mentions(postRng);
        background.complaints(ticketRng, customers);
        for (int i = 0; i < scenario.incidents().size(); i++) {
            new IncidentTraffic(scenario, i, authors, texts, sink).generate(incidentRng.split(), customers);
        }
        return new GeneratedEvents(sink.sortedMentions(), sink.sortedComplaints(), renderRng, chaosRng);
    }

    private List<IncidentTruth> truths(List<SimMention> mentions, List<SimComplaint> complaints) {
        int n = scenario.incidents().size();
        List<List<Long>> mentionTimes = new ArrayList<>(n);
        List<List<Long>> complaintTimes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            mentionTimes.add(new ArrayList<>());
            complaintTimes.add(new ArrayList<>());
        }
        for (SimMention m : mentions) if (m.incident >= 0) mentionTimes.get(m.incident).add(m.ts);
        for (SimComplaint c : complaints) if (c.incident() >= 0) complaintTimes.get(c.incident()).add(c.ts());
        List<IncidentTruth> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IncidentSpec s = scenario.incidents().get(i);
            List<Long> times = mentionTimes.get(i).isEmpty() ? complaintTimes.get(i) : mentionTimes.get(i);
            out.add(new IncidentTruth(s.topic(), s.kind(), s.label(), s.onset(), s.end(), mentionTimes.get(i).size(),
                    complaintTimes.get(i).size(), tenPercentAt(times)));
        }
        return out;
    }

    /** The time of the event that brings the share out to 10% (times are already in order). */
    private static Instant tenPercentAt(List<Long> sortedTimes) {
        if (sortedTimes.isEmpty()) return null;
        int k = (int) Math.ceil(sortedTimes.size() * 0.1);
        return Instant.ofEpochMilli(sortedTimes.get(Math.max(0, k - 1)));
    }

    private static void writeLines(Path file, List<byte[]> lines) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private void writeCatalog(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        yaml.writeValue(file.toFile(), Map.of("topics", scenario.catalog().topics()));
    }
}
