package dev.crisiswatch.job.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.job.io.RecordDecoder;
import dev.crisiswatch.model.DeadLetter;
import dev.crisiswatch.model.EventKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the sources promise for any record bytes: exactly one of an event or a dead letter, and a
 * dead letter always names its stream, origin and reason and keeps (a bounded part of) the payload.
 */
class RecordDecoderFuzzTest {
    /** The udfs module's corpus of real bad records, read from the source tree (Maven runs in job/). */
    static final Path CORPUS = Path.of("../udfs/src/test/resources/fuzz/records");
    private static final int MAX_KEPT_PAYLOAD = 64 * 1024;

    private final RecordDecoder mentions = new RecordDecoder(EventKind.MENTION, 1 << 20, 20_000);
    private final RecordDecoder complaints = new RecordDecoder(EventKind.COMPLAINT, 1 << 20, 20_000);

    @FuzzTest(maxDuration = "2m")
    void decodeAnyBytes(byte[] payload) {
        check(mentions.decode(payload, "mentions/0/42"), payload);
        check(complaints.decode(payload, "complaints.jsonl:7"), payload);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void shouldDecodeEveryCorpusRecordToAnEventOrADeadLetter(byte[] payload) {
        check(mentions.decode(payload, "mentions/0/42"), payload);
        check(complaints.decode(payload, "complaints.jsonl:7"), payload);
    }

    @Test
    void shouldKeepTheExactBytesOfInvalidUtf8AsBase64() {
        byte[] payload = "{\"id\":\"1\",\"text\":\"caf\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

        DeadLetter d = mentions.decode(payload, "mentions/3/1000").deadLetter;

        assertThat(d.reason).contains("invalid JSON");
        assertThat(Base64.getDecoder().decode(d.payloadBase64)).isEqualTo(payload);
    }

    @Test
    void shouldTruncateTheKeptPayloadOfAnOversizedRecordAndSaySo() {
        byte[] head = ("{\"id\":\"1\",\"text\":\"" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8);

        DeadLetter d = mentions.tooLarge(10L << 20, head, "mentions.jsonl:3").deadLetter;

        assertThat(d.reason).startsWith("record of 10485760 bytes exceeds the limit of 1048576")
                .endsWith("(payload truncated to 65536 bytes)");
        assertThat(d.payload).hasSize(MAX_KEPT_PAYLOAD);
    }

    static Stream<Named<byte[]>> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.sorted().map(f -> Named.of(f.getFileName().toString(), read(f))).toList().stream();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(Parsed p, byte[] payload) {
        assertThat(p.event == null).as("exactly one of event and dead letter").isNotEqualTo(p.deadLetter == null);
        if (p.event != null) {
            assertThat(p.event.id).isNotEmpty();
            assertThat(p.event.followers).isNotNegative();
            return;
        }
        DeadLetter d = p.deadLetter;
        assertThat(d.stream).isIn("mentions", "complaints");
        assertThat(d.origin).isIn("mentions/0/42", "complaints.jsonl:7");
        assertThat(d.reason).isNotBlank();
        if (payload == null) return;
        assertThat(d.payload).isNotNull();
        assertThat(d.payload.length()).isLessThanOrEqualTo(MAX_KEPT_PAYLOAD);
        if (d.payloadBase64 != null) {
            byte[] kept = Base64.getDecoder().decode(d.payloadBase64);
            assertThat(payload).startsWith(kept);
        } else {
            assertThat(payload.length > MAX_KEPT_PAYLOAD
                    || d.payload.equals(new String(payload, StandardCharsets.UTF_8))).isTrue();
        }
    }
}
