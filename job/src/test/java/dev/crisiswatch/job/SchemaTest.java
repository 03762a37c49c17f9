package dev.crisiswatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's own examples validate against the public schemas, and broken ones do not. */
class SchemaTest {

    @Test
    void shouldValidateTheTestEventsAndCatalog() throws Exception {
        JsonSchema mention = Schemas.load("mention");
        JsonSchema complaint = Schemas.load("complaint");
        var crisis = TestData.START.plus(Duration.ofHours(6));
        for (String m : TestData.mentions(crisis, crisis.plus(Duration.ofHours(1)), 1)) {
            assertThat(Schemas.violations(mention, m)).as(m).isEmpty();
        }
        for (String c : TestData.complaints(crisis, 1)) {
            assertThat(Schemas.violations(complaint, c)).as(c).isEmpty();
        }
        assertThat(Schemas.violations(Schemas.load("catalog"), Schemas.YAML.readTree(TestData.CATALOG))).isEmpty();
    }

    @Test
    void shouldValidateEveryShippedCatalog() throws IOException {
        JsonSchema catalog = Schemas.load("catalog");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("..", "simulator", "scenarios", "catalogs"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(Schemas.violations(catalog, Schemas.YAML.readTree(f.toFile()))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void shouldRejectRecordsThatBreakTheContract() throws Exception {
        JsonSchema mention = Schemas.load("mention");
        assertThat(Schemas.violations(mention, "{\"id\":\"1\",\"source\":\"twitter\",\"text\":\"x\"}")).contains("ts");
        assertThat(Schemas.violations(mention,
                "{\"id\":\"1\",\"ts\":\"yesterday\",\"source\":\"twitter\",\"text\":\"x\"}")).isNotEmpty();
        assertThat(Schemas.violations(mention, "{\"id\":\"1\",\"ts\":1,\"source\":\"t\",\"text\":\"x\","
                + "\"author\":{\"followers\":-1}}")).isNotEmpty();
        JsonSchema alert = Schemas.load("alert");
        assertThat(Schemas.violations(alert, "{\"alertId\":\"a\",\"topic\":\"Bad Topic\",\"status\":\"OPEN\"}"))
                .isNotEmpty();
    }
}
