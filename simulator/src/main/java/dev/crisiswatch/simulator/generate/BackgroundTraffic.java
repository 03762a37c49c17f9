package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.simulator.scenario.Background;
import dev.crisiswatch.simulator.scenario.ComplaintBackground;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everyday traffic: per catalog topic a Poisson count of posts per minute at the topic's rate times
 * the daily and weekly profile, mostly questions, chatter, praise and mild gripes; brand chatter
 * that no topic owns; and customer-service contacts over the desk's channels and categories.
 */
final class BackgroundTraffic {
    private static final long MINUTE = 60_000;
    /** Tone mix of everyday posts and tickets (see templates.yaml). */
    static final String POST_TONE = "background";
    static final String CHATTER_TONE = "brand-chatter";
    static final String TICKET_TONE = "ticket-background";
    private static final String[] PRIORITIES = {"low", "normal", "normal", "normal", "normal", "high"};

    private final Scenario scenario;
    private final AuthorPool authors;
    private final TextComposer texts;
    private final EventSink sink;

    BackgroundTraffic(Scenario scenario, AuthorPool authors, TextComposer texts, EventSink sink) {
        this.scenario = scenario;
        this.authors = authors;
        this.texts = texts;
        this.sink = sink;
    }

    void mentions(SplittableRandom rng) {
        Background bg = scenario.background();
        List<CatalogTopic> topics = scenario.catalog().topics();
        TermSet[] terms = new TermSet[topics.size()];
        double[] rates = new double[topics.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = TermSet.of(topics.get(i));
            rates[i] = bg.rateFor(topics.get(i).id());
        }
        for (long minute = startMinute(); minute < scenario.end().toEpochMilli(); minute += MINUTE) {
            double m = bg.profile().multiplier(minute + MINUTE / 2);
            for (int i = 0; i < terms.length; i++) {
                int n = Sampling.poisson(rng, rates[i] * m);
                for (int k = 0; k < n; k++) post(rng, minute, texts.post(rng, POST_TONE, terms[i]), topics.get(i).id());
            }
            int chatter = Sampling.poisson(rng, bg.uncataloguedPerMinute() * m);
            for (int k = 0; k < chatter; k++) post(rng, minute, texts.post(rng, CHATTER_TONE, texts.brandTerms()), null);
        }
    }

    void complaints(SplittableRandom rng, CustomerBase customers) {
        ComplaintBackground cb = scenario.complaints();
        TermSet brand = texts.brandTerms();
        List<String> products = scenario.brand().products();
        for (long minute = startMinute(); minute < scenario.end().toEpochMilli(); minute += MINUTE) {
            int n = Sampling.poisson(rng, cb.perMinute() * scenario.background().profile().multiplier(minute + MINUTE / 2));
            for (int k = 0; k < n; k++) {
                sink.complaint(Posting.within(rng, minute), cb.channels().pick(rng), texts.plain(rng, TICKET_TONE, brand),
                        cb.categories().pick(rng), products.isEmpty() ? null : Sampling.pick(rng, products),
                        Sampling.pick(rng, PRIORITIES), customers.pick(rng), -1);
            }
        }
    }

    private void post(SplittableRandom rng, long minute, String text, String topic) {
        Author a = authors.pick(rng);
        SimMention m = sink.mention(Posting.within(rng, minute), Background.DEFAULT_SOURCES.pick(rng), text, a,
                Posting.lang(rng), null, topic, -1);
        m.reshares = Posting.backgroundReshares(rng, a.followers());
        m.likes = Posting.likes(rng, a.followers(), m.reshares);
    }

    private long startMinute() {
        return scenario.start().toEpochMilli();
    }
}
