package dev.crisiswatch.job.io;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses Kafka records in the source, so that event time and per-partition watermarks come from the payload.
 * One source reads both input topics; the record's topic says whether it is a mention or a complaint.
 */
public final class KafkaEventDeserializer implements KafkaRecordDeserializationSchema<Parsed> {
    private static final long serialVersionUID = 1L;
    private final String mentionsTopic;
    private final RecordDecoder mentions;
    private final RecordDecoder complaints;

    public KafkaEventDeserializer(String mentionsTopic, RecordDecoder mentions, RecordDecoder complaints) {
        this.mentionsTopic = mentionsTopic;
        this.mentions = mentions;
        this.complaints = complaints;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Parsed> out) {
        RecordDecoder decoder = mentionsTopic.equals(record.topic()) ? mentions : complaints;
        out.collect(decoder.decode(record.value(), record.topic(), record.partition(), record.offset()));
    }

    @Override
    public TypeInformation<Parsed> getProducedType() {
        return TypeInformation.of(Parsed.class);
    }
}
