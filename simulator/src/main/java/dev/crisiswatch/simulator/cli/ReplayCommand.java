package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.simulator.replay.KafkaReplayer;
import dev.crisiswatch.simulator.replay.ReplaySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays event files into Kafka, in event-time order, at a chosen speed.",
            "Sends a mentions file and a complaints file (JSON Lines) to Kafka in event-time order of the",
            "two files merged, keeping the recorded gaps divided by --speed. Each record's value is the line's",
            "bytes untouched, malformed lines included. Progress on stderr, a summary at the end.",
            "Give the files, or a scenario folder holding mentions.jsonl and complaints.jsonl."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A scenario folder (generate --out).")
    Path dir;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--mentions", paramLabel = "FILE", description = "Mentions, JSON Lines.")
    Path mentions;

    @Option(names = "--complaints", paramLabel = "FILE", description = "Complaints, JSON Lines.")
    Path complaints;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "1|60|max",
            description = "Event time per wall time: 1 real time, 60 an hour a minute, max as fast as possible (default: ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--mentions-topic", defaultValue = "mentions", description = "(default: ${DEFAULT-VALUE})")
    String mentionsTopic;

    @Option(names = "--complaints-topic", defaultValue = "complaints", description = "(default: ${DEFAULT-VALUE})")
    String complaintsTopic;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (mentions == null && dir != null) mentions = ifExists(dir.resolve("mentions.jsonl"));
        if (complaints == null && dir != null) complaints = ifExists(dir.resolve("complaints.jsonl"));
        if (mentions == null && complaints == null) {
            throw new IllegalArgumentException("give --mentions and/or --complaints, or a scenario folder");
        }
        KafkaReplayer replayer = new KafkaReplayer(bootstrapServers, mentionsTopic, complaintsTopic,
                KafkaReplayer.parseSpeed(speed));
        ReplaySummary summary = replayer.replay(mentions, complaints, quiet ? null : System.err, System.console() != null);
        System.err.println(summary.describe());
        return 0;
    }

    static Path ifExists(Path p) {
        return Files.exists(p) ? p : null;
    }
}
