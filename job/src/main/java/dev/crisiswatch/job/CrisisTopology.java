package dev.crisiswatch.job;

import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.job.io.ScoredEventTypeInfo;
import dev.crisiswatch.job.operators.Deduplicator;
import dev.crisiswatch.job.operators.DetectorFunction;
import dev.crisiswatch.job.operators.EventRouter;
import dev.crisiswatch.job.operators.PreAggregateOperator;
import dev.crisiswatch.job.operators.ScoreEvents;
import dev.crisiswatch.model.DeadLetter;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The detection topology, the same for Kafka and for files:
 * parsed events -> route (dead letters, late, too far ahead) -> score the text -> de-duplicate by
 * (source, id) -> pre-aggregate per topic and minute -> detect per topic -> encoded alerts. Routing and
 * scoring are chained to the source, so only the small scored record crosses the network.
 */
public final class CrisisTopology {
    private CrisisTopology() {}

    /** The alerts and the dead letters of an input. */
    public record Outputs(DataStream<EncodedAlert> alerts, DataStream<DeadLetter> deadLetters) {}

    public static Outputs build(DataStream<Parsed> input, CrisisConfig cfg, TopicCatalog catalog) {
        SingleOutputStreamOperator<Event> events = route(input, cfg);
        DataStream<EncodedAlert> alerts = buckets(events, cfg, catalog)
                .keyBy(b -> b.key)
                .process(new DetectorFunction(cfg, catalog))
                .uid(DetectorFunction.UID).name("Detect per topic");

        return new Outputs(alerts, events.getSideOutput(EventRouter.DEAD_LETTERS));
    }

    /** Valid, timely events; the rest goes to the {@link EventRouter#DEAD_LETTERS} side output. */
    public static SingleOutputStreamOperator<Event> route(DataStream<Parsed> input, CrisisConfig cfg) {
        return input.process(new EventRouter(cfg.eventTime.maxFutureSkewMillis()))
                .uid("route-events").name("Route events");
    }

    /**
     * Events scored where they were read (chained), de-duplicated and pre-aggregated into per-subtask
     * buckets per topic and minute.
     */
    public static DataStream<MinuteBucket> buckets(DataStream<Event> events, CrisisConfig cfg, TopicCatalog catalog) {
        return events
                .map(new ScoreEvents(cfg, catalog), ScoredEventTypeInfo.INSTANCE)
                .uid("score").name("Score sentiment, topics, fingerprint, terms")
                .keyBy(s -> s.dedupHash, Types.LONG)
                .process(new Deduplicator<ScoredEvent>(cfg.state.dedupTtlMillis()), ScoredEventTypeInfo.INSTANCE)
                .uid("deduplicate").name("De-duplicate (source, id)")
                .transform("Pre-aggregate per topic-minute", TypeInformation.of(MinuteBucket.class),
                        new PreAggregateOperator(cfg, catalog))
                .uid("pre-aggregate");
    }
}
