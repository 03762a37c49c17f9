package dev.crisiswatch.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small, realistic event streams for the job's tests: a quiet baseline, a crisis, a happy burst. */
final class TestData {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final String CATALOG = """
            topics:
              - id: acme-delivery
                name: ACME deliveries
                keywords: ["parcel", "delivery", "courier"]
                hashtags: ["#acmefail"]
                handles: ["@acmehelp"]
                categories: ["delivery"]
                owners: ["pr-oncall", "cs-delivery-lead"]
              - id: acme-app
                name: ACME app
                keywords: ["acme app"]
                owners: ["app-team"]
            """;
    private static final String[] CALM = {
        "Where is my parcel? Tracking says out for delivery",
        "Does the courier come on Sundays?",
        "Got my parcel today, thanks",
        "How do I change the delivery address?",
        "Delivery slot options are ok I guess",
    };
    private static final String[] ANGRY = {
        "@acmehelp my parcel is LOST and nobody answers. worst delivery ever #acmefail",
        "Third time my parcel never arrived. Refund NOW. #acmefail",
        "great, another lost parcel. thanks for nothing @acmehelp",
        "The courier threw my parcel over the fence and it broke. Disgusting service",
        "Still no refund for the missing parcel, this is a scam #acmefail",
    };
    private static final String[] HAPPY = {
        "Love the new acme app, so smooth!! 😍",
        "The acme app redesign is amazing, great job",
        "Wow the acme app is fast now, thank you",
    };

    private TestData() {}

    static String mention(String id, Instant ts, String text, long followers, String reshareOf) {
        return "{\"id\":\"" + id + "\",\"ts\":\"" + ts + "\",\"source\":\"twitter\",\"text\":\"" + text
                + "\",\"author\":{\"id\":\"a" + id + "\",\"handle\":\"@user" + id + "\",\"followers\":" + followers
                + ",\"verified\":false}" + (reshareOf == null ? "" : ",\"reshareOf\":\"" + reshareOf + "\"") + "}";
    }

    static String complaint(String id, Instant ts, String text) {
        return "{\"id\":\"" + id + "\",\"ts\":" + ts.toEpochMilli() + ",\"channel\":\"phone\",\"text\":\"" + text
                + "\",\"category\":\"delivery\"}";
    }

    /**
     * Six quiet hours of delivery chatter (about 1 post a minute), then from {@code crisisStart} a
     * growing crisis of angry posts, and from {@code buzzStart} a happy burst about the app.
     */
    static List<String> mentions(Instant crisisStart, Instant buzzStart, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        int id = 0;
        for (long s = 0; s < 8 * 3600; s += 30 + r.nextInt(60)) {
            Instant ts = START.plusSeconds(s);
            out.add(mention("m" + id++, ts, CALM[r.nextInt(CALM.length)], 50 + r.nextInt(2000), null));
            if (r.nextInt(4) == 0) out.add(mention("m" + id++, ts.plusSeconds(5), "acme app login works fine", 80, null));
        }
        for (int minute = 0; minute < 40; minute++) {
            int n = Math.min(60, 2 + minute * 2);
            for (int k = 0; k < n; k++) {
                Instant ts = crisisStart.plusSeconds(minute * 60L + r.nextInt(60));
                String reshare = k % 2 == 1 ? "m" + (id - 1) : null;
                out.add(mention("m" + id++, ts, ANGRY[r.nextInt(ANGRY.length)], 20 + r.nextInt(5000), reshare));
            }
        }
        for (int minute = 0; minute < 40; minute++) {
            int n = Math.min(60, 2 + minute * 2);
            for (int k = 0; k < n; k++) {
                Instant ts = buzzStart.plusSeconds(minute * 60L + r.nextInt(60));
                out.add(mention("m" + id++, ts, HAPPY[r.nextInt(HAPPY.length)], 20 + r.nextInt(5000), null));
            }
        }
        out.sort((a, b) -> tsOf(a).compareTo(tsOf(b)));
        return out;
    }

    static List<String> complaints(Instant crisisStart, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        int id = 0;
        for (long s = 0; s < 8 * 3600; s += 300 + r.nextInt(600)) {
            out.add(complaint("c" + id++, START.plusSeconds(s), "Customer asks when the parcel will arrive"));
        }
        for (int k = 0; k < 60; k++) {
            out.add(complaint("c" + id++, crisisStart.plusSeconds(r.nextInt(2400)),
                    "Customer furious: parcel lost, wants refund"));
        }
        out.sort((a, b) -> tsOf(a).compareTo(tsOf(b)));
        return out;
    }

    private static String tsOf(String line) {
        int i = line.indexOf("\"ts\":");
        String rest = line.substring(i + 5);
        if (rest.startsWith("\"")) return rest.substring(1, rest.indexOf('"', 1));
        return Instant.ofEpochMilli(Long.parseLong(rest.substring(0, rest.indexOf(',')))).toString();
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }
}
