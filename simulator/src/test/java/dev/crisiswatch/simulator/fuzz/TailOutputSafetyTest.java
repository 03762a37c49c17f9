package dev.crisiswatch.simulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.simulator.tail.AlertFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What {@code tail} prints to a terminal: every text that came from a post or the alert (topic,
 * reasons, author, source, sample) is shown without control characters, terminal escape sequences,
 * bidi overrides, zero-width characters or lone surrogates; the only escapes are tail's own colours.
 */
class TailOutputSafetyTest {
    /** Pieces an attacker can put in a post: clear screen, OSC 8 hyperlink, title change, bidi, C1 CSI. */
    private static final String[] HOSTILE = {
        "\u001b[2J", "\u001b[31m", "\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007", "\u001b]0;pwned\u0007",
        "\u001bP+q\u001b\\", "\u009b31m", "\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u200b", "\ufeff",
        "\ud800", "\udc00", "\r", "\b", "\u0007", "\u0000", "\n", "\t", "\u007f", "parcel", " lost ", "\ud83d\ude21",
        "é", "#acmefail", "@acmehelp",
    };

    @Test
    void shouldPrintAHostileAlertWithoutAnyControlOrBidiCharacter() {
        Alert a = alert("\u001b[2J\u202eacme-delivery", "parcel never arrived \u001b]0;pwned\u0007 \u202egnp.exe\u202c",
                "@evil\u001b[8m", "twitter\r\nFAKE ALERT: all clear");

        String out = new AlertFormatter(false).format(a);

        assertSafe(out);
        assertThat(out).contains("parcel never arrived").contains("gnp.exe").contains("FAKE ALERT");
        assertThat(out.lines()).as("a sample cannot add lines").hasSize(3);
    }

    @Test
    void shouldKeepOnlyItsOwnColourEscapesWhenColouring() {
        Alert a = alert("acme-delivery", "\u001b[32mall good\u001b[0m \u001b]8;;http://evil\u0007x", "@u", "twitter");

        String out = new AlertFormatter(true).format(a);

        assertThat(out.chars().filter(c -> c == 0x1b)).hasSize(2);
        assertThat(out).startsWith("\u001b[1;31m").contains("\u001b[0m\n").doesNotContain("evil");
    }

    @Test
    void shouldStaySafeForThousandsOfRandomHostileTexts() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < 5_000; i++) {
            String out = new AlertFormatter(false).format(alert(random(r, 4), random(r, 30), random(r, 3), random(r, 3)));
            assertSafe(out);
        }
    }

    private static void assertSafe(String out) {
        int bad = firstUnsafe(out);
        assertThat(bad).as(() -> "unsafe character U+%04X at %d of: %s".formatted((int) out.charAt(bad), bad, out))
                .isEqualTo(-1);
    }

    /** Index of the first control, bidi or zero-width character or lone surrogate (line breaks allowed), or -1. */
    private static int firstUnsafe(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') continue;
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                    || c == '\u200f' || c == '\u061c';
            boolean zeroWidth = (c >= '\u200b' && c <= '\u200d') || c == '\ufeff' || c == '\u2060';
            if (control || bidi || zeroWidth || Character.isLowSurrogate(c)) return i;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == out.length() || !Character.isLowSurrogate(out.charAt(i + 1))) return i;
                i++;
            }
        }
        return -1;
    }

    private static String random(SplittableRandom r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = 1 + r.nextInt(pieces); k < n; k++) sb.append(HOSTILE[r.nextInt(HOSTILE.length)]);
        return sb.toString();
    }

    private static Alert alert(String topic, String text, String author, String source) {
        Alert a = new Alert();
        a.alertId = "0c3f6f8e-6b1c-3c55-9d1e-2a8a3f0b7d11";
        a.topic = topic;
        a.status = AlertStatus.OPEN;
        a.severity = Severity.CRITICAL;
        a.kind = "NEGATIVE_SURGE";
        a.kinds = List.of("NEGATIVE_SURGE", "INFLUENCER");
        a.eventTime = "2026-03-02T06:12:00Z";
        a.reasons = List.of("negative share 78% against a baseline of 12% " + text);
        Sample s = new Sample();
        s.type = "mention";
        s.id = "m1";
        s.source = source;
        s.author = author;
        s.followers = 2_400_000;
        s.text = text;
        a.samples = List.of(s);
        return a;
    }
}
