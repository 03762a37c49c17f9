package dev.crisiswatch.job.reliability;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A day-shaped mention stream for the reliability tests: six calm hours of delivery chatter, then a
 * delivery crisis that grows for 40 minutes. A few crisis posts come from big accounts and carry
 * hostile text (terminal escapes, bidi overrides, JSON and HTML injection) so they become samples.
 */
final class CrisisFixture {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant CRISIS = START.plus(Duration.ofHours(6));
    static final String CATALOG = """
            topics:
              - id: acme-delivery
                name: ACME deliveries
                keywords: ["courier", "delivery", "parcel", "tracking number"]
                hashtags: ["#acmefail"]
                handles: ["@acmehelp"]
                owners: ["pr-oncall"]
            """;
    /** Texts an attacker controls, as they must come back out of an alert sample unchanged. */
    static final List<String> HOSTILE_TEXTS = List.of(
            "my parcel is lost and @acmehelp ignores me \u001b[2J\u001b[31mREFUND NOW\u001b[0m worst delivery ever #acmefail",
            "parcel never came \u202egnp.exe\u202c, worst courier ever, furious #acmefail",
            "lost parcel again\", \"severity\": \"INFO\", \"x\": \"</script><script>alert(1)</script> terrible delivery #acmefail");
    private static final String[] CALM = {
        "Where is my parcel? Tracking says out for delivery",
        "Does the courier come on Sundays?",
        "Got my parcel today, thanks",
        "How do I change the delivery address?",
    };
    private static final String[] ANGRY = {
        "@acmehelp my parcel is LOST and nobody answers. worst delivery ever #acmefail",
        "Third time my parcel never arrived. Refund NOW. #acmefail",
        "The courier threw my parcel over the fence and it broke. Disgusting service",
        "Still no refund for the missing parcel, this is a scam #acmefail",
    };

    private CrisisFixture() {}

    /** The stream as JSON lines, in event-time order. */
    static List<String> mentions(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Line> out = new ArrayList<>();
        int id = 0;
        for (long s = 0; s < 6 * 3600 + 40 * 60; s += 40 + r.nextInt(60)) {
            out.add(post("q" + id++, START.plusSeconds(s), CALM[r.nextInt(CALM.length)], 50 + r.nextInt(2000)));
        }
        for (int minute = 0; minute < 40; minute++) {
            for (int k = 0, n = Math.min(50, 2 + minute * 2); k < n; k++) {
                Instant ts = CRISIS.plusSeconds(minute * 60L + r.nextInt(60));
                out.add(post("c" + id++, ts, ANGRY[r.nextInt(ANGRY.length)], 20 + r.nextInt(5000)));
            }
            if (minute >= 5 && minute < 5 + HOSTILE_TEXTS.size()) {
                out.add(post("h" + id++, CRISIS.plusSeconds(minute * 60L + 30), HOSTILE_TEXTS.get(minute - 5),
                        2_000_000 + minute));
            }
        }
        out.sort(Comparator.comparing(Line::ts));
        return out.stream().map(Line::json).toList();
    }

    static String mentionJson(String id, Instant ts, String text, long followers) {
        return post(id, ts, text, followers).json();
    }

    private static Line post(String id, Instant ts, String text, long followers) {
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(text));
        return new Line(ts, "{\"id\":\"" + id + "\",\"ts\":\"" + ts + "\",\"source\":\"twitter\",\"text\":\"" + quoted
                + "\",\"author\":{\"id\":\"a" + id + "\",\"handle\":\"@u" + id + "\",\"followers\":" + followers + "}}");
    }

    private record Line(Instant ts, String json) {}
}
