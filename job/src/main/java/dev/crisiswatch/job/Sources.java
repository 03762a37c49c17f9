package dev.crisiswatch.job;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.job.io.JsonLinesFormat;
import dev.crisiswatch.job.io.KafkaEventDeserializer;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.job.io.RecordDecoder;
import dev.crisiswatch.job.operators.SkewGuardedWatermarks;
import dev.crisiswatch.model.EventKind;
import java.time.Duration;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The two inputs, from Kafka or from JSON Lines files, parsed in the source with event-time watermarks. */
public final class Sources {
    private Sources() {}

    /**
     * Both input topics from one Kafka source: a single source lets the event router chain onto it, so
     * records are not serialized between the source and the router (a union of two sources cannot chain).
     */
    public static DataStream<Parsed> kafka(StreamExecutionEnvironment env, CrisisConfig cfg, String bootstrapServers) {
        Properties props = new Properties();
        props.putAll(cfg.kafka.properties);
        props.putIfAbsent("partition.discovery.interval.ms", "60000");
        KafkaSource<Parsed> source = KafkaSource.<Parsed>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(cfg.topics.mentions, cfg.topics.complaints)
                .setGroupId(cfg.kafka.groupId)
                .setStartingOffsets(startingOffsets(cfg.kafka.startingOffsets))
                .setDeserializer(new KafkaEventDeserializer(cfg.topics.mentions,
                        decoder(cfg, EventKind.MENTION), decoder(cfg, EventKind.COMPLAINT)))
                .setProperties(props)
                .build();
        return env.fromSource(source, watermarks(cfg, true), "kafka-inputs")
                .uid("source-kafka-inputs")
                .name("Kafka " + cfg.topics.mentions + ", " + cfg.topics.complaints);
    }

    public static DataStream<Parsed> file(StreamExecutionEnvironment env, CrisisConfig cfg, String path,
            EventKind kind) {
        String name = streamName(kind);
        FileSource<Parsed> source = FileSource.forRecordStreamFormat(
                        new JsonLinesFormat(path, decoder(cfg, kind), cfg.limits.maxRecordBytes), new Path(path))
                .build();
        // Bounded files finish with a final watermark, so no idleness: results do not depend on read speed.
        return env.fromSource(source, watermarks(cfg, false), "file-" + name)
                .uid("source-file-" + name)
                .name("File " + name);
    }

    static WatermarkStrategy<Parsed> watermarks(CrisisConfig cfg, boolean idleness) {
        long ooo = cfg.eventTime.maxOutOfOrdernessMillis();
        long skew = cfg.eventTime.maxFutureSkewMillis();
        WatermarkStrategy<Parsed> w = WatermarkStrategy
                .<Parsed>forGenerator(ctx -> new SkewGuardedWatermarks(ooo, skew))
                .withTimestampAssigner((p, recordTs) -> p.event != null ? p.event.ts : Long.MIN_VALUE);
        return idleness ? w.withIdleness(Duration.ofMillis(cfg.eventTime.idlenessMillis())) : w;
    }

    private static RecordDecoder decoder(CrisisConfig cfg, EventKind kind) {
        return new RecordDecoder(kind, cfg.limits.maxRecordBytes, cfg.limits.maxTextChars);
    }

    private static String streamName(EventKind kind) {
        return kind == EventKind.MENTION ? "mentions" : "complaints";
    }

    private static OffsetsInitializer startingOffsets(String mode) {
        return switch (mode) {
            case "earliest" -> OffsetsInitializer.earliest();
            case "latest" -> OffsetsInitializer.latest();
            case "committed" -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            default -> throw new IllegalArgumentException(
                    "kafka.startingOffsets must be earliest, latest or committed: " + mode);
        };
    }
}
