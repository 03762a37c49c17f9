package dev.crisiswatch.simulator.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Delivers one file's lines the way a real feed would: a share of events late (never more than the
 * bound behind the newest one), some lines twice, some followed by a corrupted copy. Counts what it
 * did, so the truth file can say so.
 */
final class ChaosInjector {
    private static final byte[] TS_FIELD = ",\"ts\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT_FIELD = "\"text\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FOLLOWERS_FIELD = "\"followers\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INVALID_UTF8 = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28};

    private final ChaosOptions options;
    private final SplittableRandom rng;
    private int outOfOrder;
    private int duplicates;
    private int malformed;

    /** One event as written: its event time and its line (without the newline). */
    record Line(long ts, byte[] json) {}

    private record Delivery(long at, long order, byte[] bytes, long ts, boolean original) {}

    ChaosInjector(ChaosOptions options, SplittableRandom rng) {
        this.options = options;
        this.rng = rng;
    }

    /** The lines in delivery order; {@code lines} must be sorted by event time. */
    List<byte[]> deliver(List<Line> lines) {
        long maxLate = options.maxOutOfOrder().toMillis();
        List<Delivery> out = new ArrayList<>(lines.size() + lines.size() / 10);
        long order = 0;
        for (Line line : lines) {
            long at = line.ts();
            if (maxLate > 0 && Sampling.chance(rng, ChaosOptions.LATE_SHARE)) at += 1 + (long) (rng.nextDouble() * maxLate);
            out.add(new Delivery(at, order++, line.json(), line.ts(), true));
            if (Sampling.chance(rng, options.duplicateRate())) {
                // A redelivery, later than the first copy but within the bound of its event time.
                long again = Math.max(at, line.ts() + (long) (rng.nextDouble() * maxLate));
                out.add(new Delivery(again, order++, line.json(), line.ts(), false));
                duplicates++;
            }
            if (Sampling.chance(rng, options.malformedRate())) {
                out.add(new Delivery(at, order++, corrupt(line.json()), line.ts(), false));
                malformed++;
            }
        }
        out.sort(Comparator.comparingLong(Delivery::at).thenComparingLong(Delivery::order));
        List<byte[]> delivered = new ArrayList<>(out.size());
        long newest = Long.MIN_VALUE;
        for (Delivery d : out) {
            if (d.original()) {
                if (d.ts() < newest) outOfOrder++;
                newest = Math.max(newest, d.ts());
            }
            delivered.add(d.bytes());
        }
        return delivered;
    }

    int outOfOrder() {
        return outOfOrder;
    }

    int duplicates() {
        return duplicates;
    }

    int malformed() {
        return malformed;
    }

    /** One of the four ways lines break in practice; each makes the line unreadable as an event. */
    private byte[] corrupt(byte[] json) {
        return switch (rng.nextInt(4)) {
            case 0 -> Arrays.copyOf(json, 8 + rng.nextInt(Math.max(1, json.length - 10)));
            case 1 -> withoutTimestamp(json);
            case 2 -> numberAsString(json);
            default -> withInvalidUtf8(json);
        };
    }

    private static byte[] withoutTimestamp(byte[] json) {
        int at = indexOf(json, TS_FIELD, 0);
        int next = indexOf(json, new byte[] {',', '"'}, at + TS_FIELD.length);
        if (at < 0 || next < 0) return Arrays.copyOf(json, json.length / 2);
        byte[] out = new byte[json.length - (next - at)];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(json, next, out, at, json.length - next);
        return out;
    }

    /** Mentions: followers as "12k"; complaints: a ts in a local date format no parser should guess. */
    private static byte[] numberAsString(byte[] json) {
        int f = indexOf(json, FOLLOWERS_FIELD, 0);
        if (f >= 0) {
            int start = f + FOLLOWERS_FIELD.length;
            int end = start;
            while (end < json.length && json[end] >= '0' && json[end] <= '9') end++;
            return splice(json, start, end, "\"" + (end - start > 3 ? "1.2k" : "12k") + "\"");
        }
        int t = indexOf(json, TS_FIELD, 0);
        int next = indexOf(json, new byte[] {',', '"'}, t + TS_FIELD.length);
        if (t < 0 || next < 0) return Arrays.copyOf(json, json.length / 2);
        return splice(json, t + TS_FIELD.length, next, "\"03/02/2026 8:15 PM\"");
    }

    private static byte[] withInvalidUtf8(byte[] json) {
        int t = indexOf(json, TEXT_FIELD, 0);
        int at = t < 0 ? json.length / 2 : t + TEXT_FIELD.length;
        byte[] out = new byte[json.length + INVALID_UTF8.length];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(INVALID_UTF8, 0, out, at, INVALID_UTF8.length);
        System.arraycopy(json, at, out, at + INVALID_UTF8.length, json.length - at);
        return out;
    }

    private static byte[] splice(byte[] json, int from, int to, String replacement) {
        byte[] r = replacement.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[json.length - (to - from) + r.length];
        System.arraycopy(json, 0, out, 0, from);
        System.arraycopy(r, 0, out, from, r.length);
        System.arraycopy(json, to, out, from + r.length, json.length - to);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        if (from < 0) return -1;
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
