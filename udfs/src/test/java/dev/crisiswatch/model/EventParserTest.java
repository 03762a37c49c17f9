package dev.crisiswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventParserTest {
    private final EventParser parser = new EventParser(4096, 500);

    private Event mention(String json) throws InvalidRecordException {
        return parser.parse(EventKind.MENTION, json.getBytes(StandardCharsets.UTF_8));
    }

    private String reasonFor(EventKind kind, byte[] payload) {
        try {
            parser.parse(kind, payload);
            return null;
        } catch (InvalidRecordException e) {
            return e.getMessage();
        }
    }

    private String reasonFor(String json) {
        return reasonFor(EventKind.MENTION, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadEveryMentionFieldAndIgnoreUnknownOnes() throws Exception {
        Event e = mention("""
                {"id":"570306133677760513","ts":"2015-02-24T11:35:52-08:00","source":"twitter",
                 "text":"@united lost my bag AGAIN","author":{"id":"u1","handle":"@jnardino","followers":1250,
                 "verified":true,"extra":[1,2]},"lang":"en","reshareOf":"5703","replyTo":"5701","reshares":12,
                 "likes":40,"topics":["baggage"],"unknown":{"nested":{"deep":true}}}""");
        assertThat(e.kind).isEqualTo(EventKind.MENTION);
        assertThat(e.id).isEqualTo("570306133677760513");
        assertThat(e.ts).isEqualTo(Instant.parse("2015-02-24T19:35:52Z").toEpochMilli());
        assertThat(e.source).isEqualTo("twitter");
        assertThat(e.text).isEqualTo("@united lost my bag AGAIN");
        assertThat(e.authorHandle).isEqualTo("@jnardino");
        assertThat(e.followers).isEqualTo(1250);
        assertThat(e.verified).isTrue();
        assertThat(e.reshareOf).isEqualTo("5703");
        assertThat(e.replyTo).isEqualTo("5701");
        assertThat(e.reshares).isEqualTo(12);
        assertThat(e.likes).isEqualTo(40);
        assertThat(e.topics).containsExactly("baggage");
    }

    @Test
    void shouldAcceptEpochMillisAndZuluInstants() throws Exception {
        assertThat(mention("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"news\",\"text\":\"\"}").ts)
                .isEqualTo(1424806552000L);
        assertThat(mention("{\"id\":\"1\",\"ts\":\"2015-02-24T19:35:52Z\",\"source\":\"news\",\"text\":\"\"}").ts)
                .isEqualTo(1424806552000L);
    }

    @Test
    void shouldReadComplaintsWithChannelAsSource() throws Exception {
        Event c = parser.parse(EventKind.COMPLAINT, """
                {"id":"T-1","ts":"2026-03-02T08:00:00Z","channel":"phone","text":"Parcel never arrived",
                 "category":"delivery","priority":"urgent","customerId":"C9"}""".getBytes(StandardCharsets.UTF_8));
        assertThat(c.isComplaint()).isTrue();
        assertThat(c.source).isEqualTo("phone");
        assertThat(c.category).isEqualTo("delivery");
        assertThat(c.priority).isEqualTo("urgent");
        assertThat(c.dedupKey()).isEqualTo("c|T-1");
    }

    @Test
    void shouldExplainEveryKindOfBrokenRecord() {
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":\"2015-02-24T19:35:52Z\",\"source\":\"tw")).startsWith("invalid JSON");
        assertThat(reasonFor("{\"id\":\"1\",\"source\":\"twitter\",\"text\":\"x\"}")).contains("'ts'");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\","
                + "\"author\":{\"followers\":\"many\"}}")).contains("author.followers");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\","
                + "\"author\":{\"followers\":-5}}")).contains(">= 0");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\","
                + "\"author\":{\"followers\":99999999999999999999999}}")).contains("out of range");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\","
                + "\"author\":{\"followers\":NaN}}")).startsWith("invalid JSON");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":\"yesterday\",\"source\":\"twitter\",\"text\":\"x\"}"))
                .contains("ISO-8601");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":99999999999999,\"source\":\"twitter\",\"text\":\"x\"}"))
                .contains("outside");
        assertThat(reasonFor("[1,2,3]")).isEqualTo("not a JSON object");
        assertThat(reasonFor("{\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\"}")).contains("'id'");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"text\":\"x\"}")).contains("'source'");
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"x\"} {}"))
                .contains("trailing");
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] bad = "{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bad.length];
        System.arraycopy(bad, 0, broken, 0, bad.length);
        int i = new String(bad, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
        broken[i + 1] = (byte) 0x28; // an invalid continuation byte
        assertThat(reasonFor(EventKind.MENTION, broken)).startsWith("invalid JSON");
    }

    @Test
    void shouldRejectUtf16AndUtf32RecordsWithOrWithoutByteOrderMarkAsNotUtf8() {
        String json = " {\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"lost my bag\"}";
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            for (String record : new String[] {json.strip(), json, "\ufeff" + json.strip()}) {
                byte[] bytes = record.getBytes(Charset.forName(charset));
                assertThat(reasonFor(EventKind.MENTION, bytes)).as(charset + " " + record.charAt(0))
                        .startsWith("not UTF-8: the record starts like " + charset)
                        .endsWith("records must be UTF-8 JSON");
                assertThat(reasonFor(EventKind.COMPLAINT, bytes)).as(charset).startsWith("not UTF-8");
            }
        }
    }

    @Test
    void shouldStillAcceptUtf8WithOrWithoutByteOrderMarkAndLeadingWhitespace() throws Exception {
        String json = "{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"caf\u00e9 \ud83d\ude21\"}";
        for (String record : new String[] {json, "\ufeff" + json, " \t\r" + json}) {
            assertThat(mention(record).text).isEqualTo("caf\u00e9 \ud83d\ude21");
        }
    }

    /** Every 4-byte start from bytes that matter to encoding detection: rejected, or read as UTF-8. */
    @Test
    void shouldLetJacksonReadOnlyUtf8WhateverTheFirstFourBytes() throws Exception {
        int[] interesting = {0x00, 0xfe, 0xff, 0xef, 0xbb, 0xbf, '{', ' ', '"', 0x80, 0x3c};
        JsonFactory jackson = new JsonFactory();
        byte[] record = new byte[12];
        int readAsUtf8 = 0;
        for (int a : interesting) for (int b : interesting) for (int c : interesting) for (int d : interesting) {
            record[0] = (byte) a;
            record[1] = (byte) b;
            record[2] = (byte) c;
            record[3] = (byte) d;
            if (EventParser.otherEncoding(record) != null) continue;
            try (JsonParser p = jackson.createParser(record)) {
                assertThat(p).as("%02x %02x %02x %02x", a, b, c, d).isInstanceOf(UTF8StreamJsonParser.class);
                readAsUtf8++;
            } catch (IOException unsupportedUcs4) {
                throw new AssertionError(String.format("%02x %02x %02x %02x", a, b, c, d), unsupportedUcs4);
            }
        }
        assertThat(readAsUtf8).as("starts not rejected").isGreaterThan(interesting.length * interesting.length);
    }

    @Test
    void shouldBoundRecordSizeTextLengthAndNesting() {
        String longText = "a".repeat(501);
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"twitter\",\"text\":\"" + longText + "\"}"))
                .contains("exceeds the limit of 500");
        assertThat(reasonFor(EventKind.MENTION, new byte[5000])).contains("exceeds the limit of 4096");
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(reasonFor("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"t\",\"text\":\"\",\"x\":" + deep + "}"))
                .startsWith("invalid JSON");
    }

    @Test
    void shouldKeepControlAndBidiCharactersAsText() throws Exception {
        Event e = mention("{\"id\":\"1\",\"ts\":1424806552000,\"source\":\"t\",\"text\":\"a\\u202eb\\u0007\"}");
        assertThat(e.text).isEqualTo("a\u202eb\u0007");
    }
}
