package dev.crisiswatch.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.text.SentimentScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentCommandTest {
    private static final List<String> TEXTS = List.of(
            "my parcel never arrived and the driver was rude, worst service ever",
            "Thanks @acme, the new app is great!",
            "what time does the store open on sunday",
            "",
            "caf\u00e9 r\u00e9ouvert \uD83D\uDE0D");

    @Test
    void shouldWriteOneLabelTabScoreLinePerInputLineMatchingTheJobsScorer() throws Exception {
        String out = run(String.join("\n", TEXTS) + "\n");

        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            double expected = SentimentScorer.standard().score(TEXTS.get(i));
            assertThat(lines.get(i)).matches("(negative|neutral|positive)\t-?[01]\\.\\d{4}");
            String[] parts = lines.get(i).split("\t");
            assertThat(parts[0]).isEqualTo(SentimentScorer.label(expected));
            assertThat(Double.parseDouble(parts[1])).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.00005));
        }
        assertThat(lines.get(0)).startsWith("negative\t-");
        assertThat(lines.get(1)).startsWith("positive\t");
        assertThat(lines.get(3)).isEqualTo("neutral\t0.0000");
    }

    @Test
    void shouldScoreAHundredThousandLinesQuickly() throws Exception {
        String line = "@acmehelp my order #4411 was charged twice and nobody answers, really disappointed\n";
        String input = line.repeat(100_000);

        long start = System.nanoTime();
        String out = run(input);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(out.lines().count()).isEqualTo(100_000);
        System.out.printf("sentiment: 100,000 lines in %.2f s%n", seconds);
        assertThat(seconds).isLessThan(20);
    }

    @Test
    void shouldFormatFourDecimalsWithoutScientificNotation() {
        StringBuilder sb = new StringBuilder();
        SentimentCommand.appendFixed4(sb, -0.00004);
        sb.append(' ');
        SentimentCommand.appendFixed4(sb, 0.00012);
        sb.append(' ');
        SentimentCommand.appendFixed4(sb, -1.0);
        sb.append(' ');
        SentimentCommand.appendFixed4(sb, 0.625);

        assertThat(sb).hasToString("0.0000 0.0001 -1.0000 0.6250");
    }

    private static String run(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentCommand.score(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
