package dev.crisiswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.bench.CpuParts.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stacks as async-profiler wrote them for the crisis job's TaskManager (shortened at the root). */
class CpuPartsTest {
    private static final String DEDUP_THREAD = "De-duplicate (source, id) -> Pre-aggregate per topic-minute (2/2)#0";
    private static final String SOURCE_THREAD = "Source: Kafka mentions, complaints -> Route events -> (Score sentiment,"
            + " topics, fingerprint, terms, Kafka crisis-deadletter: Writer) (1/2)#0";
    private static final String ROCKS_LIB = "/work/main/bench/.run/flink/tmp/tm_1/tmp/rocksdb-lib-27/librocksdbjni-linux64.so";
    private static final List<String> DEDUP_INPUT = List.of(
            "org/apache/flink/streaming/runtime/io/AbstractStreamTaskNetworkInput.emitNext",
            "org/apache/flink/streaming/runtime/io/AbstractStreamTaskNetworkInput.processElement",
            "org/apache/flink/streaming/api/operators/KeyedProcessOperator.processElement",
            "dev/crisiswatch/job/operators/Deduplicator.processElement");
    private static final List<String> SOURCE_CHAIN = List.of(
            "org/apache/flink/connector/kafka/source/reader/KafkaRecordEmitter.emitRecord",
            "dev/crisiswatch/job/io/KafkaEventDeserializer.deserialize",
            "org/apache/flink/streaming/api/operators/source/SourceOutputWithWatermarks.collect",
            "dev/crisiswatch/job/operators/EventRouter.processElement",
            "org/apache/flink/streaming/api/operators/StreamMap.processElement");

    private static List<String> concat(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    @Test
    void deduplicatorsRocksDbLookupIsNativeDedupWorkWhileItsOwnCodeIsJava() {
        assertThat(CpuParts.classify(DEDUP_THREAD, concat(DEDUP_INPUT,
                "org/apache/flink/runtime/state/ttl/TtlValueState.value",
                "org/apache/flink/state/rocksdb/RocksDBValueState.value", "org/rocksdb/RocksDB.get", ROCKS_LIB,
                "__libc_free"))).isEqualTo(Part.DEDUP_ROCKSDB);
        assertThat(CpuParts.classify(DEDUP_THREAD, concat(DEDUP_INPUT,
                "org/apache/flink/runtime/state/ttl/TtlValueState.value",
                "org/apache/flink/api/common/typeutils/base/LongSerializer.serialize"))).isEqualTo(Part.DEDUP_JAVA);
    }

    @Test
    void aStackBelongsToThePartNearestItsLeafNotToTheOperatorsAboveIt() {
        List<String> toPreAggregate = concat(DEDUP_INPUT, "org/apache/flink/streaming/runtime/tasks/ChainingOutput.collect",
                "dev/crisiswatch/job/operators/PreAggregateOperator.processElement",
                "dev/crisiswatch/aggregate/MinuteAggregator.add", "dev/crisiswatch/text/NearDuplicateFilter.anyWithin");
        assertThat(CpuParts.classify(DEDUP_THREAD, toPreAggregate)).isEqualTo(Part.PRE_AGGREGATE);
        assertThat(CpuParts.classify(SOURCE_THREAD, concat(SOURCE_CHAIN,
                "dev/crisiswatch/job/operators/ScoreEvents.map", "dev/crisiswatch/aggregate/EventScorer.score",
                "dev/crisiswatch/text/SentimentScorer.score"))).isEqualTo(Part.SCORE);
        assertThat(CpuParts.classify(SOURCE_THREAD, concat(SOURCE_CHAIN,
                "org/apache/flink/streaming/runtime/io/RecordWriterOutput.collect",
                "org/apache/flink/runtime/io/network/api/writer/RecordWriter.emit",
                "org/apache/flink/api/java/typeutils/runtime/PojoSerializer.serialize"))).isEqualTo(Part.SHUFFLE_SERIALIZE);
        assertThat(CpuParts.classify(SOURCE_THREAD, List.of(
                "org/apache/flink/connector/kafka/source/reader/KafkaRecordEmitter.emitRecord",
                "dev/crisiswatch/job/io/KafkaEventDeserializer.deserialize", "dev/crisiswatch/job/io/RecordDecoder.parse",
                "dev/crisiswatch/model/EventParser.readAuthor",
                "com/fasterxml/jackson/core/json/UTF8StreamJsonParser._skipString"))).isEqualTo(Part.PARSE);
    }

    @Test
    void networkDeserializationIsNotTheOperatorItFeeds() {
        assertThat(CpuParts.classify(DEDUP_THREAD, List.of(
                "org/apache/flink/streaming/runtime/io/AbstractStreamTaskNetworkInput.emitNext",
                "org/apache/flink/runtime/io/network/api/serialization/SpillingAdaptiveSpanningRecordDeserializer.getNextRecord",
                "org/apache/flink/api/java/typeutils/runtime/PojoSerializer.deserialize", "java/lang/reflect/Field.set")))
                .isEqualTo(Part.SHUFFLE_DESERIALIZE);
    }

    @Test
    void aCheckpointAnywhereOnTheStackWinsOverTheSerializersItCalls() {
        assertThat(CpuParts.classify(DEDUP_THREAD, List.of(
                "org/apache/flink/streaming/runtime/tasks/SubtaskCheckpointCoordinatorImpl.checkpointState",
                "dev/crisiswatch/job/operators/PreAggregateOperator.snapshotState",
                "org/apache/flink/api/java/typeutils/runtime/PojoSerializer.serialize"))).isEqualTo(Part.CHECKPOINT);
        assertThat(CpuParts.classify("AsyncOperations-thread-1", List.of("java/io/FileOutputStream.write")))
                .isEqualTo(Part.CHECKPOINT);
    }

    @Test
    void jvmAndRocksDbThreadsAreTheirOwnParts() {
        assertThat(CpuParts.classify("C2 CompilerThre", List.of("C2Compiler::compile_method"))).isEqualTo(Part.JIT_C2);
        assertThat(CpuParts.classify("C1 CompilerThre", List.of("Compilation::compile"))).isEqualTo(Part.JIT_C1);
        assertThat(CpuParts.classify("GC Thread#1", List.of("G1ParEvacuateFollowersClosure::do_void"))).isEqualTo(Part.GC);
        assertThat(CpuParts.classify("G1 Conc#0", List.of("G1CMTask::do_marking_step"))).isEqualTo(Part.GC);
        assertThat(CpuParts.classify("rocksdb:high", List.of(ROCKS_LIB, "__tls_get_addr")))
                .isEqualTo(Part.ROCKSDB_BACKGROUND);
        assertThat(CpuParts.classify("Source Data Fetcher for Source: Kafka mentions (1/2)#0",
                List.of("sun/nio/ch/SocketChannelImpl.read"))).isEqualTo(Part.KAFKA_FETCH);
        assertThat(CpuParts.classify("flink-metrics-4", List.of("java/util/HashMap.get"))).isEqualTo(Part.OTHER);
        assertThat(CpuParts.classify(DEDUP_THREAD, List.of("org/apache/flink/streaming/runtime/tasks/mailbox/MailboxProcessor.runMailboxLoop")))
                .isEqualTo(Part.FLINK_TASK);
    }

    @Test
    void theReportSharesAddUpAndGivesMicrosecondsPerEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.collapsed");
        Files.writeString(file, String.join("\n",
                "[" + DEDUP_THREAD + " tid=14915];" + String.join(";", DEDUP_INPUT) + ";org/rocksdb/RocksDB.get;" + ROCKS_LIB + " 30",
                "[C2 CompilerThre tid=12];C2Compiler::compile_method 10",
                "[rocksdb:high tid=13];" + ROCKS_LIB + " 10") + "\n");
        CollapsedProfile p = CollapsedProfile.read(file, null);
        assertThat(p.samples()).isEqualTo(50);
        assertThat(p.share(Part.DEDUP_ROCKSDB)).isEqualTo(0.6);
        // 20,000 events per TaskManager CPU-second: 50 us per event, 60% of it 30 us.
        assertThat(p.report(5, 20_000)).containsPattern("de-dup, RocksDB native get/put +30 +60\\.0% +30\\.00")
                .contains("total").containsPattern("total +50 +100\\.0% +50\\.00");
    }
}
