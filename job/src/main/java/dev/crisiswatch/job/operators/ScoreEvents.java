package dev.crisiswatch.job.operators;

import dev.crisiswatch.aggregate.EventScorer;
import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * The Flink side of {@link EventScorer}, chained to the source: the text work runs where the post was
 * parsed, and only the small {@link ScoredEvent} goes through the de-duplication shuffle.
 */
public class ScoreEvents extends RichMapFunction<Event, ScoredEvent> {
    private final CrisisConfig config;
    private final TopicCatalog catalog;
    private transient EventScorer scorer;

    public ScoreEvents(CrisisConfig config, TopicCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    @Override
    public void open(OpenContext ctx) {
        scorer = new EventScorer(config, catalog);
    }

    @Override
    public ScoredEvent map(Event e) {
        return scorer.score(e);
    }
}
