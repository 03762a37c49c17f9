package dev.crisiswatch.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which part of the job a CPU sample of the TaskManager belongs to, from its thread's name and its stack
 * (async-profiler's collapsed format: root first, slashes in class names, native and kernel frames as they
 * are). Framework frames sit on the stack of everything chained below them (the Kafka deserializer emits
 * into the whole source chain), so a stack belongs to the frame nearest its leaf that names a part;
 * a checkpoint anywhere on the stack wins, since the checkpoint calls operators' serializers.
 */
final class CpuParts {
    private CpuParts() {}

    enum Part {
        KAFKA_FETCH("Kafka fetch (fetcher threads, consumer)"),
        PARSE("parse (EventParser, Jackson)"),
        SCORE("score (sentiment, topics, SimHash, samples)"),
        WATERMARKS("watermark generator, timestamps"),
        SHUFFLE_SERIALIZE("shuffle serialize (RecordWriter)"),
        SHUFFLE_DESERIALIZE("shuffle deserialize"),
        DEDUP_JAVA("de-dup, Java (Deduplicator, TTL, key context)"),
        DEDUP_ROCKSDB("de-dup, RocksDB native get/put"),
        ROCKSDB_BACKGROUND("RocksDB background (compaction, flush)"),
        PRE_AGGREGATE("pre-aggregate (MinuteAggregator, near-dup)"),
        DETECT("detect (DetectorFunction, its state)"),
        SINK("Kafka sink, alerts"),
        CHECKPOINT("checkpoint (snapshot, async upload)"),
        FLINK_TASK("Flink record handling in task threads"),
        JIT_C1("JIT: C1"),
        JIT_C2("JIT: C2"),
        GC("GC (collector threads, VM thread)"),
        OTHER("other (network, metrics, RPC, ...)");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private record Rule(Pattern frame, Part part) {}

    // Checked from the leaf towards the root; the first frame that matches names the part.
    // (Within one frame the list's order decides: the near-duplicate window is text code of the pre-aggregation.)
    private static final List<Rule> NEAREST = List.of(
            rule("dev/crisiswatch/aggregate/MinuteAggregator|PreAggregateOperator|NearDuplicateFilter", Part.PRE_AGGREGATE),
            rule("dev/crisiswatch/aggregate/(EventScorer|SampleCandidates)|dev/crisiswatch/text/|ScoreEvents\\.", Part.SCORE),
            rule("dev/crisiswatch/model/(EventParser|IsoInstants)|RecordDecoder|KafkaEventDeserializer", Part.PARSE),
            rule("SkewGuardedWatermarks|TimestampsAndWatermarks|WatermarkOutput|TimestampAssigner|"
                    + "StatusWatermarkValve|WatermarkGauge", Part.WATERMARKS),
            rule("operators/Deduplicator\\.", Part.DEDUP_JAVA),
            rule("DetectorFunction", Part.DETECT),
            rule("connector/kafka/sink/|EncodedAlert|AlertCodec|org/apache/kafka/clients/producer/", Part.SINK),
            rule("api/writer/RecordWriter|RecordWriterOutput", Part.SHUFFLE_SERIALIZE),
            rule("RecordDeserializer|SpanningWrapper", Part.SHUFFLE_DESERIALIZE),
            rule("setKeyContextElement|setCurrentKey", Part.DEDUP_JAVA),
            rule("org/apache/kafka/|SplitFetcher|KafkaPartitionSplitReader|KafkaRecordEmitter", Part.KAFKA_FETCH));

    private static final Pattern CHECKPOINT = Pattern.compile(
            "snapshotState|AsyncCheckpointRunnable|SnapshotStrategy|CheckpointStreamFactory|performCheckpoint|"
                    + "notifyCheckpointComplete|SubtaskCheckpointCoordinator|RocksIncremental");
    private static final Pattern ROCKSDB_NATIVE = Pattern.compile("librocksdbjni|rocksdb::|Java_org_rocksdb|org/rocksdb/");

    private static Rule rule(String regex, Part part) {
        return new Rule(Pattern.compile(regex), part);
    }

    /** The part of one sample; {@code frames} root first, as in the collapsed format. */
    static Part classify(String thread, List<String> frames) {
        // Native threads carry at most 15 characters of their name: "C2 CompilerThre".
        if (thread.startsWith("C2 Compiler")) return Part.JIT_C2;
        if (thread.startsWith("C1 Compiler")) return Part.JIT_C1;
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread")) return Part.GC;
        if (thread.startsWith("rocksdb:")) return Part.ROCKSDB_BACKGROUND;
        if (thread.contains("AsyncOperations")) return Part.CHECKPOINT;
        for (String f : frames) {
            if (CHECKPOINT.matcher(f).find()) return Part.CHECKPOINT;
        }
        boolean rocks = false;
        for (int i = frames.size() - 1; i >= 0; i--) {
            String f = frames.get(i);
            if (ROCKSDB_NATIVE.matcher(f).find()) rocks = true;
            for (Rule r : NEAREST) {
                if (r.frame.matcher(f).find()) {
                    return r.part == Part.DEDUP_JAVA && rocks ? Part.DEDUP_ROCKSDB : r.part;
                }
            }
        }
        if (thread.startsWith("Source Data Fetcher") || thread.contains("kafka-producer-network")) {
            return thread.startsWith("Source") ? Part.KAFKA_FETCH : Part.SINK;
        }
        return taskThread(thread) ? Part.FLINK_TASK : Part.OTHER;
    }

    /** Flink names a task's thread after its chain and subtask: "Source: ... (1/2)#0". */
    static boolean taskThread(String thread) {
        return thread.matches(".*\\(\\d+/\\d+\\)#\\d+.*");
    }

    /** A thread name without the numbers that tell its instances apart, for grouping. */
    static String threadGroup(String thread) {
        return thread.replaceAll(" tid=\\d+", "").replaceAll("\\(\\d+/(\\d+)\\)#\\d+", "(n/$1)")
                .replaceAll("\\d+$", "N").replaceAll("#\\d+", "#N");
    }
}
