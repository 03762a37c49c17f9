package dev.crisiswatch.job;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.job.io.DeadLetterCodec;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.io.JsonLinesFileSink;
import dev.crisiswatch.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Where alerts and dead letters go: Kafka topics, or JSON Lines files for backtests. */
public final class Sinks {
    private Sinks() {}

    public static void alertsToKafka(DataStream<EncodedAlert> alerts, CrisisConfig cfg, String bootstrapServers) {
        String topic = cfg.topics.alerts;
        // No record timestamp: the producer stamps wall-clock time. An event-time stamp would let the
        // broker's retention delete the alerts of a replayed past scenario before anyone reads them.
        KafkaRecordSerializationSchema<EncodedAlert> schema = (a, ctx, ts) -> new ProducerRecord<>(topic, null, null,
                a.topic.getBytes(StandardCharsets.UTF_8), a.json.getBytes(StandardCharsets.UTF_8));
        alerts.sinkTo(kafkaSink(cfg, bootstrapServers, schema, cfg.kafka.transactionalIdPrefix))
                .uid("sink-kafka-alerts").name("Kafka " + topic);
    }

    public static void deadLettersToKafka(DataStream<DeadLetter> dead, CrisisConfig cfg, String bootstrapServers) {
        String topic = cfg.topics.deadLetter;
        KafkaRecordSerializationSchema<DeadLetter> schema = (d, ctx, ts) -> new ProducerRecord<>(topic, null, null,
                null, DeadLetterCodec.toJson(d).getBytes(StandardCharsets.UTF_8));
        dead.sinkTo(kafkaSink(cfg, bootstrapServers, schema, cfg.kafka.transactionalIdPrefix + "-dlq"))
                .uid("sink-kafka-deadletters").name("Kafka " + topic);
    }

    public static void alertsToFile(DataStream<EncodedAlert> alerts, String path) {
        alerts.sinkTo(new JsonLinesFileSink<EncodedAlert>(path, a -> a.json, EncodedAlert::compareForFile))
                .setParallelism(1).uid("sink-file-alerts").name("File alerts");
    }

    public static void deadLettersToFile(DataStream<DeadLetter> dead, String path) {
        dead.sinkTo(new JsonLinesFileSink<DeadLetter>(path, DeadLetterCodec::toJson, null))
                .setParallelism(1).uid("sink-file-deadletters").name("File dead letters");
    }

    private static <T> KafkaSink<T> kafkaSink(CrisisConfig cfg, String bootstrapServers,
            KafkaRecordSerializationSchema<T> schema, String transactionalIdPrefix) {
        Properties props = new Properties();
        props.putAll(cfg.kafka.properties);
        boolean exactlyOnce = "exactly-once".equals(cfg.kafka.deliveryGuarantee);
        if (exactlyOnce) props.putIfAbsent("transaction.timeout.ms", "600000");
        props.putIfAbsent("linger.ms", exactlyOnce ? "50" : "0");
        props.putIfAbsent("compression.type", "lz4");
        return KafkaSink.<T>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(schema)
                .setDeliveryGuarantee(exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .setKafkaProducerConfig(props)
                .build();
    }
}
