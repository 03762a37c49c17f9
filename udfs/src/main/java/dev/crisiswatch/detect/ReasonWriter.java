package dev.crisiswatch.detect;

import dev.crisiswatch.model.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Writes an alert's reasons: 2 to 5 short sentences, each with the numbers behind it. */
final class ReasonWriter {
    private static final int MAX_REASONS = 5;
    /** Terms of the same story an emerging alert names: its followers, which open no incident of their own. */
    private static final int CO_TERMS_SHOWN = 3;
    /** A co-term in fewer of the posts is chance company, not the story. */
    private static final double CO_TERM_MIN_SHARE = 0.1;
    List<String> firing(TopicMeta meta, Assessment v, IncidentState inc, Sample[] samples, CoTerms coTerms) {
        Evidence e = v.evidence();
        WindowStats w = e.window();
        List<String> out = new ArrayList<>();
        if (meta.emerging()) {
            out.add(f("%d negative posts about \"%s\" in %d min, outside every catalog topic, vs %s expected (%s)",
                    w.mentions(), term(meta), w.minutes(), num(w.expectedMentions()), p(e.volumeScore())));
            List<String> story = coTerms.frequent(CO_TERMS_SHOWN, CO_TERM_MIN_SHARE);
            if (!story.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (String t : story) parts.add(f("\"%s\" (%s)", t, pct(coTerms.shareOf(t))));
                out.add("the same posts also say " + String.join(", ", parts));
            }
        }
        if (v.has(SignalKind.NEGATIVE_SURGE) || v.has(SignalKind.CROSS_CHANNEL)) {
            out.add(negativeCount(e, w));
            out.add(f("%s negative vs %s usual; mean sentiment %.2f vs %.2f usual", pct(e.negativeShare()),
                    pct(e.baselineNegativeShare()), w.meanSentiment(), e.baselineSentiment()));
        }
        if (v.has(SignalKind.COMPLAINT_SURGE) || v.has(SignalKind.CROSS_CHANNEL)) {
            out.add(f("complaints %.1fx usual: %d in %d min vs %s expected (%s)%s", e.complaintRatio(),
                    w.complaints(), w.minutes(), num(w.expectedComplaints()), p(e.complaintScore()),
                    channels(samples)));
        }
        if (v.has(SignalKind.CROSS_CHANNEL)) {
            out.add("customer service and public mentions are rising together");
        }
        if (v.has(SignalKind.INFLUENCER)) {
            out.add(f("a negative post from %s with %,d followers", author(samples, w.maxNegativeFollowers()),
                    w.maxNegativeFollowers()));
        }
        if (v.has(SignalKind.VOLUME_SPIKE) || v.has(SignalKind.POSITIVE_BUZZ) || out.size() < 2) {
            out.add(f("%d mentions in %d min vs %s expected (%s)", w.mentions(), w.minutes(),
                    num(w.expectedMentions()), p(e.volumeScore())));
        }
        if (v.has(SignalKind.POSITIVE_BUZZ)) {
            out.add(f("%s positive vs %s usual: good news travelling, not a crisis", pct(e.positiveShare()),
                    pct(e.baselinePositiveShare())));
        }
        if (w.reshares() > 0 && (e.supercritical() || e.accelerating() || e.branching() >= 0.3)) {
            out.add(f("reshared %.1fx per post%s: projected ~%,d mentions", e.resharesPerPost(),
                    e.accelerating() ? f(" and accelerating (x%.1f in 5 min)", e.growthRatio()) : "",
                    Math.round(e.projectedSize(Math.max(inc.mentions, w.mentions())))));
        } else if (e.accelerating()) {
            out.add(f("accelerating: the last 5 min ran at %.1fx the 10 before", e.growthRatio()));
        }
        Evidence bots = v.botFlood();
        if (bots != null) {
            String held = f("%s near-duplicate text, %s from zero-follower accounts in %d min: likely a bot flood, held at WATCH",
                    pct(bots.duplicateShare()), pct(bots.zeroFollowerShare()), bots.window().minutes());
            if (out.size() >= MAX_REASONS) out.set(MAX_REASONS - 1, held); else out.add(held);
        }
        return out.size() > MAX_REASONS ? new ArrayList<>(out.subList(0, MAX_REASONS)) : out;
    }

    /**
     * The window's negatives against what it would usually hold. A surge can be raised by the share or by
     * persistence while the count alone is within chance (a cascade brings neutral posts with the angry
     * ones): then the line says how many times the usual the count is, not "not significant" next to a
     * WARNING.
     */
    private static String negativeCount(Evidence e, WindowStats w) {
        if (e.negativeScore() >= 1) {
            return f("%d negative mentions in %d min vs %s expected (%s)", w.negative(), w.minutes(),
                    num(e.expectedNegative()), p(e.negativeScore()));
        }
        return f("%d negative mentions in %d min vs %s expected (%.1fx the usual; within chance as a count alone)",
                w.negative(), w.minutes(), num(e.expectedNegative()), w.negative() / Math.max(e.expectedNegative(), 0.1));
    }

    List<String> resolved(Evidence e, IncidentState inc, long minute) {
        WindowStats w = e.window();
        List<String> out = new ArrayList<>();
        out.add(f("back near baseline for %d min: %d mentions in %d min vs %s expected", inc.quietMinutes,
                w.mentions(), w.minutes(), num(w.expectedMentions())));
        out.add(f("incident lasted %d min: %,d mentions (%,d negative) and %,d complaints",
                (minute - inc.startMinute) / 60_000L + 1, inc.mentions, inc.negative, inc.complaints));
        return out;
    }

    private static String term(TopicMeta meta) {
        String t = meta.topic();
        return TopicMeta.isEmergingKey(t) ? t.substring(TopicMeta.EMERGING_PREFIX.length()) : meta.name();
    }

    private String channels(Sample[] samples) {
        TreeSet<String> set = new TreeSet<>();
        for (Sample s : samples) if ("complaint".equals(s.type) && s.source != null) set.add(s.source);
        return set.isEmpty() ? "" : " on " + String.join("/", set);
    }

    private static String author(Sample[] samples, long followers) {
        for (Sample s : samples) {
            if (s.followers == followers && s.author != null && "mention".equals(s.type)) {
                return s.author.startsWith("@") ? s.author : "@" + s.author;
            }
        }
        return "an account";
    }

    /** "p < 1e-12" from a -log10 score. */
    static String p(double score) {
        if (score >= SpikeTest.MAX_SCORE) return "p < 1e-300";
        if (score < 1) return "not significant";
        return "p < 1e-" + (int) Math.floor(score);
    }

    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    static String num(double v) {
        return v >= 10 ? f("%,d", Math.round(v)) : f("%.1f", v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
