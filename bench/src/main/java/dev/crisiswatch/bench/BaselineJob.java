package dev.crisiswatch.bench;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The ceiling the crisis job is held against: the same Kafka sources and the same event parser, with
 * event-time timestamps and watermarks, then nothing: no state, no shuffle, no output.
 * Usage: {@code BaselineJob BOOTSTRAP MENTIONS_TOPIC COMPLAINTS_TOPIC GROUP_ID}.
 */
public final class BaselineJob {
    private BaselineJob() {}

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        DataStream<Event> events = source(env, bootstrap, args[1], EventKind.MENTION, args[3])
                .union(source(env, bootstrap, args[2], EventKind.COMPLAINT, args[3]));
        events.sinkTo(new DiscardingSink<>()).name("Discard");
        env.execute("crisis-bench-baseline");
    }

    private static DataStream<Event> source(StreamExecutionEnvironment env, String bootstrap, String topic,
            EventKind kind, String group) {
        KafkaSource<Event> source = KafkaSource.<Event>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topic)
                .setGroupId(group)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new ParseOnly(kind))
                .build();
        WatermarkStrategy<Event> wm = WatermarkStrategy.<Event>forBoundedOutOfOrderness(Duration.ofMinutes(2))
                .withTimestampAssigner((e, t) -> e.ts)
                .withIdleness(Duration.ofSeconds(30));
        return env.fromSource(source, wm, "Kafka " + topic);
    }

    /** Parses every record with the job's parser; unusable records are skipped (the job dead-letters them). */
    static final class ParseOnly implements KafkaRecordDeserializationSchema<Event> {
        private static final long serialVersionUID = 1L;
        private final EventKind kind;
        private transient EventParser parser;

        ParseOnly(EventKind kind) {
            this.kind = kind;
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Event> out) {
            if (parser == null) parser = new EventParser(1 << 20, 20_000);
            try {
                out.collect(parser.parse(kind, record.value()));
            } catch (InvalidRecordException e) {
                // counted by nothing: the baseline keeps no state and writes nothing
            }
        }

        @Override
        public TypeInformation<Event> getProducedType() {
            return TypeInformation.of(Event.class);
        }
    }
}
