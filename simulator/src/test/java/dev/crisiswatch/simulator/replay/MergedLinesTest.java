package dev.crisiswatch.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedLinesTest {
    @TempDir
    Path dir;

    @Test
    void shouldInterleaveTheFilesByTimeWhileKeepingEachFilesOwnOrder() throws Exception {
        Path m = write("m.jsonl",
                "{\"id\":\"a\",\"ts\":\"2026-03-02T10:00:00Z\"}",
                "{\"id\":\"b\",\"ts\":\"2026-03-02T10:05:00Z\"}",
                "{\"id\":\"late\",\"ts\":\"2026-03-02T10:01:00Z\"}",
                "not json at all",
                "{\"id\":\"d\",\"ts\":\"2026-03-02T12:06:00+02:00\"}");
        Path c = write("c.jsonl",
                "{\"id\":\"x\",\"ts\":" + java.time.Instant.parse("2026-03-02T10:02:00Z").toEpochMilli() + "}",
                "{\"id\":\"y\",\"ts\":\"2026-03-02T10:07:00Z\"}");

        List<String> order = new ArrayList<>();
        try (MergedLines lines = new MergedLines(m, c)) {
            ReplayRecord r;
            while ((r = lines.next()) != null) order.add(new String(r.value(), StandardCharsets.UTF_8));
        }

        assertThat(order).extracting(s -> s.startsWith("not") ? "bad" : s.substring(7, s.indexOf('"', 7)))
                .containsExactly("a", "x", "b", "late", "bad", "d", "y");
    }

    @Test
    void shouldCountLinesIncludingALastOneWithoutNewline() throws Exception {
        Path p = dir.resolve("x.jsonl");
        Files.writeString(p, "{}\n{}\n{}");

        assertThat(LineReader.countLines(p)).isEqualTo(3);
    }

    private Path write(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }
}
