package dev.crisiswatch.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.evaluate.TopicActivity;
import dev.crisiswatch.simulator.evaluate.Truth;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final String HOSTILE = "<script>alert('pwned')</script> \u202Egpj.exe\u202C <img src=x onerror=alert(1)> "
            + "\u001B[31mred\u001B[0m \u0000 & \"quoted\" \u2066isolate\u2069";

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldEscapeHostilePostTextAndStripBidiAndControlCharacters(@TempDir Path dir) throws Exception {
        String html = render(dir);

        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
                .doesNotContain("\u202E").doesNotContain("\u2066").doesNotContain("\u001B").doesNotContain("\u0000");
        assertThat(html).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&amp; &quot;quoted&quot;");
        // The only image tag is the report's own chart.
        assertThat(html.split("<img", -1)).hasSize(2);
    }

    @Test
    void shouldEmbedAChartPerActiveTopicAndTheIncidentOutcome(@TempDir Path dir) throws Exception {
        String html = render(dir);

        Matcher img = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertThat(img.find()).isTrue();
        var png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        assertThat(png.getWidth()).isEqualTo(1100);
        assertThat(img.find()).as("one chart: the quiet billing topic has nothing to show").isFalse();
        assertThat(html).contains("caught after 20m00s (early) by CRITICAL NEGATIVE_SURGE");
        assertThat(html).contains("<h2>ACME deliveries <small>acme-delivery</small></h2>");
        assertThat(html.substring(html.indexOf("<h2>Other topics</h2>"))).contains("<td>ACME billing (acme-billing)</td><td>0</td>");
    }

    private static String render(Path dir) throws Exception {
        Path truth = dir.resolve("truth.json");
        Files.writeString(truth, """
                {"scenario":"hostile <b>name</b>","description":"posts with markup","start":"2026-03-02T09:00:00Z",
                 "end":"2026-03-02T13:00:00Z","topicDays":0.33,
                 "incidents":[{"topic":"acme-delivery","kind":"crisis","label":"<i>lost</i> parcels","onset":"2026-03-02T10:00:00Z",
                   "end":"2026-03-02T12:00:00Z","mentions":120,"tenPercentAt":"2026-03-02T10:30:00Z"}]}
                """);
        TopicCatalog catalog = TopicCatalog.parse(new ByteArrayInputStream("""
                topics:
                  - id: acme-delivery
                    name: ACME deliveries
                    keywords: ["never arrived", "parcel"]
                  - id: acme-billing
                    name: ACME billing
                    keywords: ["charged twice"]
                """.getBytes(StandardCharsets.UTF_8)), "catalog");
        StringBuilder mentions = new StringBuilder();
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        for (int i = 0; i < 240; i++) {
            int n = i >= 60 && i < 180 ? 4 : 1;
            for (int k = 0; k < n; k++) {
                mentions.append("{\"id\":\"m").append(i).append('-').append(k).append("\",\"ts\":\"")
                        .append(t.plusSeconds(i * 60L + k)).append("\",\"source\":\"twitter\",\"text\":\"my parcel never arrived\"}\n");
            }
        }
        mentions.append("{\"id\":\"evil\",\"ts\":\"2026-03-02T10:05:00Z\",\"source\":\"twitter\",\"text\":")
                .append(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(HOSTILE + " parcel"))
                .append("}\n");
        Path m = dir.resolve("mentions.jsonl");
        Files.writeString(m, mentions);

        Alert a = new Alert();
        a.alertId = "a1";
        a.topic = "acme-delivery";
        a.status = AlertStatus.OPEN;
        a.severity = Severity.CRITICAL;
        a.kind = "NEGATIVE_SURGE";
        a.eventTime = "2026-03-02T10:20:00Z";
        a.reasons.add("41 negative mentions in 10 min vs 3 expected " + HOSTILE);
        Sample s = new Sample();
        s.author = "@evil</td><td>";
        s.text = HOSTILE;
        a.samples.add(s);

        Truth truthFile = Truth.load(truth);
        TopicActivity activity = TopicActivity.load(catalog, m, null);
        return new HtmlReport(truthFile, java.util.List.of(a), catalog, activity).render();
    }
}
