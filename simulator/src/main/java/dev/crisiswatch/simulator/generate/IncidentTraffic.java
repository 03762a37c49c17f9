package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.simulator.scenario.CascadeSpec;
import dev.crisiswatch.simulator.scenario.ComplaintSurge;
import dev.crisiswatch.simulator.scenario.IncidentSpec;
import dev.crisiswatch.simulator.scenario.Ramp;
import dev.crisiswatch.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The posts and tickets of one incident: original posts on a ramp (by customers, or by bots in a
 * flood), a cascade of reshares grown from its roots and originals, the brand's replies, and a
 * surge of customer-service contacts.
 */
final class IncidentTraffic {
    private static final long MINUTE = 60_000;
    /** Share of a ramp's posts that use the incident's own texts rather than the tone's templates. */
    private static final double OWN_TEXT_SHARE = 0.3;
    /** Share of a crisis's original posts the brand's support account answers. */
    private static final double BRAND_REPLY_SHARE = 0.04;
    private static final String[] FLOOD_ENDINGS = {"", " !!", " 🎁", " 💰", " >>", " ✅", " now", " today only"};

    private final Scenario scenario;
    private final IncidentSpec spec;
    private final int index;
    private final AuthorPool authors;
    private final TextComposer texts;
    private final EventSink sink;
    private final TermSet terms;
    private final List<Template> ownTexts;
    private final List<SimMention> made = new ArrayList<>();

    IncidentTraffic(Scenario scenario, int index, AuthorPool authors, TextComposer texts, EventSink sink) {
        this.scenario = scenario;
        this.spec = scenario.incidents().get(index);
        this.index = index;
        this.authors = authors;
        this.texts = texts;
        this.sink = sink;
        this.terms = spec.terms().isEmpty()
                ? TermSet.of(scenario.catalog().byId(spec.topic()).orElseThrow())
                : TermSet.of(spec.terms());
        List<Template> own = new ArrayList<>();
        for (String t : spec.texts()) own.add(Template.parse(t));
        this.ownTexts = List.copyOf(own);
    }

    void generate(SplittableRandom rng, CustomerBase customers) {
        List<SimMention> originals = new ArrayList<>();
        if (spec.cascade() != null) originals.addAll(roots(rng, spec.cascade()));
        if (spec.posts() != null) originals.addAll(rampPosts(rng, spec.posts()));
        if (spec.cascade() != null) {
            new Cascade(spec.cascade(), spec.end().toEpochMilli(), this::reshare).grow(rng, originals);
        } else {
            for (SimMention m : originals) m.reshares = Posting.backgroundReshares(rng, m.author.followers());
        }
        for (SimMention m : made) m.likes = Posting.likes(rng, m.author.followers(), m.reshares);
        if (spec.crisis()) brandReplies(rng, originals);
        if (spec.complaints() != null) complaints(rng, spec.complaints(), customers);
    }

    private List<SimMention> roots(SplittableRandom rng, CascadeSpec c) {
        long onset = spec.onset().toEpochMilli();
        // Further roots (others posting the same screenshot or story) come within the first hour.
        long spread = Math.min(3_600_000, (spec.end().toEpochMilli() - onset) / 10);
        List<SimMention> roots = new ArrayList<>(c.roots());
        for (int r = 0; r < c.roots(); r++) {
            Author a = r == 0 ? authors.root(c.root(), rng) : authors.pick(rng);
            String source = r == 0 && c.root().source() != null ? c.root().source() : spec.sources().pick(rng);
            long ts = onset + (r == 0 ? rng.nextInt(30_000) : (long) (rng.nextDouble() * spread));
            String text = ownTexts.isEmpty() ? texts.post(rng, spec.tone(), terms) : texts.custom(rng, ownTexts, terms);
            roots.add(add(sink.mention(ts, source, text, a, Posting.lang(rng), null, spec.topic(), index)));
        }
        return roots;
    }

    private List<SimMention> rampPosts(SplittableRandom rng, Ramp ramp) {
        Author[] bots = spec.bots() > 0 ? authors.bots(spec.bots(), rng) : null;
        String[] floodTexts = bots == null ? null : floodTexts(rng);
        List<SimMention> posts = new ArrayList<>();
        for (long minute = ramp.startMillis(); minute < ramp.endMillis(); minute += MINUTE) {
            int n = Sampling.poisson(rng, ramp.perMinuteAt(minute + MINUTE / 2));
            for (int k = 0; k < n; k++) {
                long ts = Posting.within(rng, minute);
                if (ts >= ramp.endMillis()) continue;
                Author a = bots == null ? authors.pick(rng) : Sampling.pick(rng, bots);
                String text = bots != null ? Sampling.pick(rng, floodTexts) + Sampling.pick(rng, FLOOD_ENDINGS)
                        : !ownTexts.isEmpty() && Sampling.chance(rng, OWN_TEXT_SHARE) ? texts.custom(rng, ownTexts, terms)
                        : texts.post(rng, spec.tone(), terms);
                posts.add(add(sink.mention(ts, spec.sources().pick(rng), text, a, Posting.lang(rng), null, spec.topic(), index)));
            }
        }
        return posts;
    }

    /** A flood repeats a handful of texts with trivial changes, so the copies are near-duplicates. */
    private String[] floodTexts(SplittableRandom rng) {
        String[] base = new String[3];
        for (int i = 0; i < base.length; i++) {
            base[i] = ownTexts.isEmpty() ? texts.post(rng, spec.tone(), terms) : texts.custom(rng, ownTexts, terms);
        }
        return base;
    }

    /** One reshare of {@code parent}: a quote with a comment, or a plain "RT" that repeats the original. */
    private SimMention reshare(SplittableRandom rng, SimMention parent, long ts, double quoteShare) {
        String text = Sampling.chance(rng, quoteShare) ? texts.quote(rng, spec.tone(), terms)
                : parent.text.startsWith("RT @") ? parent.text
                : "RT " + parent.author.handle() + ": " + parent.text;
        String source = Sampling.chance(rng, 0.85) ? parent.source : spec.sources().pick(rng);
        return add(sink.mention(ts, source, text, authors.pick(rng), Posting.lang(rng), parent.id, spec.topic(), index));
    }

    /** The support account answers a few posts, by name, in the thread; the reply names no topic term. */
    private void brandReplies(SplittableRandom rng, List<SimMention> originals) {
        List<String> handles = scenario.brand().handles();
        if (handles.isEmpty()) return;
        Author support = new Author("u-support", handles.get(handles.size() - 1), 250_000, true);
        long end = scenario.end().toEpochMilli();
        for (SimMention m : originals) {
            if (!Sampling.chance(rng, BRAND_REPLY_SHARE) || m.author.handle() == null) continue;
            long ts = m.ts + 5 * MINUTE + rng.nextInt(85) * MINUTE;
            if (ts >= end) continue;
            String text = m.author.handle() + " " + texts.plain(rng, "brand-reply", terms);
            SimMention reply = sink.reply(ts, m.source, text, support, "en", m.id);
            reply.likes = Sampling.poisson(rng, 2);
        }
    }

    private void complaints(SplittableRandom rng, ComplaintSurge surge, CustomerBase customers) {
        Ramp ramp = surge.ramp();
        List<String> products = scenario.brand().products();
        for (long minute = ramp.startMillis(); minute < ramp.endMillis(); minute += MINUTE) {
            int n = Sampling.poisson(rng, ramp.perMinuteAt(minute + MINUTE / 2));
            for (int k = 0; k < n; k++) {
                long ts = Posting.within(rng, minute);
                if (ts >= ramp.endMillis()) continue;
                String priority = Sampling.chance(rng, surge.urgentShare()) ? (rng.nextBoolean() ? "urgent" : "high") : "normal";
                sink.complaint(ts, surge.channels().pick(rng), texts.plain(rng, surge.tone(), terms), surge.category(),
                        products.isEmpty() ? null : Sampling.pick(rng, products), priority, customers.pick(rng), index);
            }
        }
    }

    private SimMention add(SimMention m) {
        made.add(m);
        return m;
    }
}
