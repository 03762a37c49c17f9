package dev.crisiswatch.job;

import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.io.Parsed;
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
 * parsed events -> route (dead letters, late, too far ahead) -> de-duplicate by (source, id)
 * -> score and pre-aggregate per topic and minute -> detect per topic -> encoded alerts.
 */
public final class CrisisTopology {
    private CrisisTopology() {}

    /** The alerts and the dead letters of an input. */
    public record Outputs(DataStream<EncodedAlert> alerts, DataStream<DeadLetter> deadLetters) {}

    public static Outputs build(DataStream<Parsed> input, CrisisConfig cfg, TopicCatalog catalog) {
        SingleOutputStreamOperator<Event> events = input
                .process(new EventRouter(cfg.eventTime.maxFutureSkewMillis()))
                .uid("route-events").name("Route events");

        DataStream<MinuteBucket> buckets = events
                .map(new ScoreEvents(cfg, catalog))
                .uid("score").name("Score sentiment, topics, fingerprint, terms")
                .keyBy(s -> s.dedupHash, Types.LONG)
                .process(new Deduplicator<ScoredEvent>(cfg.state.dedupTtlMillis()), TypeInformation.of(ScoredEvent.class))
                .uid("deduplicate").name("De-duplicate (source, id)")
                .transform("Pre-aggregate per topic-minute", TypeInformation.of(MinuteBucket.class),
                        new PreAggregateOperator(cfg, catalog))
                .uid("pre-aggregate");

        DataStream<EncodedAlert> alerts = buckets
                .keyBy(b -> b.key)
                .process(new DetectorFunction(cfg, catalog))
                .uid("detect").name("Detect per topic");

        return new Outputs(alerts, events.getSideOutput(EventRouter.DEAD_LETTERS));
    }
}
