package dev.crisiswatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's promise on any bytes at all: an {@link Event} with its required fields, or an
 * {@link InvalidRecordException} with a reason; never another exception, never a half-filled event.
 * Limits are the job's defaults (1 MiB per record, 20,000 text characters).
 */
class EventParserFuzzTest {
    private static final long YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final long YEAR_2100 = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    private final EventParser parser = new EventParser(1 << 20, 20_000);

    @FuzzTest(maxDuration = "2m")
    void parseAnyBytesAsMention(byte[] payload) {
        checkParse(EventKind.MENTION, payload);
    }

    @FuzzTest(maxDuration = "2m")
    void parseAnyBytesAsComplaint(byte[] payload) {
        checkParse(EventKind.COMPLAINT, payload);
    }

    @ParameterizedTest
    @MethodSource("dev.crisiswatch.fuzz.BadRecordCorpus#records")
    void shouldParseOrRejectEveryCorpusRecordWithAReason(byte[] payload) {
        checkParse(EventKind.MENTION, payload);
        checkParse(EventKind.COMPLAINT, payload);
    }

    @Test
    void shouldRejectATenMegabyteTextByItsSizeBeforeParsing() {
        byte[] huge = ("{\"id\":\"1\",\"ts\":\"2026-03-02T10:00:00Z\",\"source\":\"twitter\",\"text\":\""
                + "lost parcel ".repeat(10 * 1024 * 1024 / 12) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(EventKind.MENTION, huge))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("exceeds the limit of 1048576");
    }

    @Test
    void shouldRejectNestingDeeperThanTheLimitAsInvalidJson() {
        String deep = "{\"id\":\"1\",\"ts\":\"2026-03-02T10:00:00Z\",\"source\":\"x\",\"text\":\"x\",\"z\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> parser.parse(EventKind.MENTION, deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("invalid JSON").hasMessageContaining("nesting depth");
    }

    @Test
    void shouldRejectTimestampsOutsideThisCenturyInsteadOfMovingEventTime() {
        for (String ts : new String[] {"0", "\"9999-12-31T23:59:59Z\"", "9223372036854775807", "\"1969-07-20T20:17:00Z\""}) {
            byte[] record = ("{\"id\":\"1\",\"ts\":" + ts + ",\"source\":\"twitter\",\"text\":\"x\"}")
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> parser.parse(EventKind.MENTION, record)).as(ts)
                    .isInstanceOf(InvalidRecordException.class).hasMessageContaining("'ts'");
        }
    }

    @Test
    void shouldKeepControlAndBidiCharactersOfAValidPostAsPlainText() throws Exception {
        byte[] record = ("{\"id\":\"m1\",\"ts\":\"2026-03-02T10:00:00Z\",\"source\":\"twitter\","
                + "\"text\":\"refund \\u202egnp.exe\\u202c \\u001b[31mnow\"}").getBytes(StandardCharsets.UTF_8);

        Event e = parser.parse(EventKind.MENTION, record);

        assertThat(e.text).isEqualTo("refund \u202egnp.exe\u202c \u001b[31mnow");
    }

    /** The property every input must satisfy; a violation fails the fuzz run with the input saved. */
    private void checkParse(EventKind kind, byte[] payload) {
        Event e;
        try {
            e = parser.parse(kind, payload);
        } catch (InvalidRecordException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        assertThat(e.kind).isEqualTo(kind);
        assertThat(e.id).isNotEmpty().hasSizeLessThanOrEqualTo(256);
        assertThat(e.source).isNotNull();
        assertThat(e.text).isNotNull().hasSizeLessThanOrEqualTo(20_000);
        assertThat(e.ts).isBetween(YEAR_2000, YEAR_2100);
        assertThat(e.followers).isNotNegative();
        assertThat(e.reshares).isNotNegative();
        assertThat(e.likes).isNotNegative();
        if (e.topics != null) assertThat(e.topics).hasSizeLessThanOrEqualTo(64).doesNotContainNull();
    }
}
