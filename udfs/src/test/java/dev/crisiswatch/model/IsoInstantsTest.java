package dev.crisiswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
    private static long fast(String s) {
        return IsoInstants.parseMillis(s.toCharArray(), 0, s.length());
    }

    private static long fastInsideABuffer(String s) {
        char[] buf = ("{\"ts\":\"" + s + "\",\"text\":\"x\"}").toCharArray();
        return IsoInstants.parseMillis(buf, 7, s.length());
    }

    @Test
    void shouldReadTheSimulatorsAndTheAirlineDatasetsTimestamps() {
        assertThat(fast("2026-03-02T00:00:55.376Z")).isEqualTo(Instant.parse("2026-03-02T00:00:55.376Z").toEpochMilli());
        assertThat(fast("2015-02-24T11:35:52-08:00"))
                .isEqualTo(OffsetDateTime.parse("2015-02-24T11:35:52-08:00").toInstant().toEpochMilli());
        assertThat(fastInsideABuffer("2026-03-01T19:01:23.689-05:00"))
                .isEqualTo(OffsetDateTime.parse("2026-03-01T19:01:23.689-05:00").toInstant().toEpochMilli());
    }

    @Test
    void shouldAgreeWithJavaTimeOnOneHundredThousandRandomInstantsAndOffsets() {
        SplittableRandom r = new SplittableRandom(11);
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2099-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(from, to), r.nextInt(1_000_000_000));
            int digits = r.nextInt(10); // 0: no fraction, else 1..9 digits
            ZoneOffset offset = r.nextBoolean() ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds(r.nextInt(-12 * 4, 14 * 4 + 1) * 15 * 60); // quarter hours
            String pattern = "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits));
            String text = t.atOffset(offset).format(DateTimeFormatter.ofPattern(pattern))
                    + (offset == ZoneOffset.UTC ? "Z" : offset.getId());
            long expected = text.endsWith("Z") ? Instant.parse(text).toEpochMilli()
                    : OffsetDateTime.parse(text).toInstant().toEpochMilli();
            assertThat(fast(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void shouldLeaveImpossibleDatesAndOtherShapesToJavaTime() {
        for (String s : new String[] {"2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-04-31T10:00:00Z",
                "2026-03-02T24:00:00Z", "2026-03-02T23:59:60Z", "2026-03-02T10:00:00z", "2026-03-02T10:00:00",
                "2026-03-02T10:00:00.Z", "2026-03-02T10:00:00.1234567891Z", "2026-03-02T10:00:00+0100",
                "2026-03-02T10:00:00+01:00:30", "2026-03-02 10:00:00Z", "+12026-03-02T10:00:00Z", "yesterday"}) {
            assertThat(fast(s)).as(s).isEqualTo(IsoInstants.UNSUPPORTED);
        }
        assertThat(fast("2024-02-29T10:00:00Z")).isEqualTo(Instant.parse("2024-02-29T10:00:00Z").toEpochMilli());
    }
}
