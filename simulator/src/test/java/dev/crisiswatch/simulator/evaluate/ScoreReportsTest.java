package dev.crisiswatch.simulator.evaluate;

import static dev.crisiswatch.simulator.evaluate.EvaluatorTest.alert;
import static dev.crisiswatch.simulator.evaluate.EvaluatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreReportsTest {
    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final Truth TRUTH = new Truth("storm-day", "", DAY, DAY.plus(Duration.ofDays(2)), 10.0, List.of(
            new Incident("skyvale-delays", IncidentKind.CRISIS, "storm cancellations", at("10:00"), at("19:00"), 2400, at("11:10")),
            new Incident("skyvale-loyalty", IncidentKind.BENIGN, "lounge praise", at("12:00"), at("16:00"), 900, at("12:30"))));

    @Test
    void shouldWriteTheFiguresOfEachScenarioAndOverallAsJson() throws Exception {
        ScenarioScore s = Evaluator.score(TRUTH, List.of(
                alert("skyvale-delays", AlertStatus.OPEN, Severity.WARNING, "10:25"),
                alert("skyvale-loyalty", AlertStatus.OPEN, Severity.WARNING, "13:00")));

        JsonNode root = new ObjectMapper().readTree(ScoreJson.toJson("job", List.of(s)));

        JsonNode scenario = root.path("scenarios").get(0);
        assertThat(scenario.path("scenario").asText()).isEqualTo("storm-day");
        assertThat(scenario.path("detected").asInt()).isEqualTo(1);
        assertThat(scenario.path("medianDelaySeconds").asLong()).isEqualTo(1500);
        assertThat(scenario.path("early").asInt()).isEqualTo(1);
        assertThat(scenario.path("falseAlarms").asInt()).isEqualTo(1);
        assertThat(scenario.path("falseAlarmsPer100TopicDays").asDouble()).isEqualTo(10.0);
        assertThat(scenario.path("benignViolations").asInt()).isEqualTo(1);
        assertThat(scenario.path("crisisIncidents").get(0).path("delaySeconds").asLong()).isEqualTo(1500);
        assertThat(root.path("overall").path("crises").asInt()).isEqualTo(1);
    }

    @Test
    void shouldLayMethodsSideBySidePerScenarioWithOverallRows() {
        Map<String, List<ScenarioScore>> byMethod = new LinkedHashMap<>();
        byMethod.put("job", List.of(Evaluator.score(TRUTH, List.of(alert("skyvale-delays", AlertStatus.OPEN, Severity.CRITICAL, "10:12")))));
        byMethod.put("meltwater", List.of(Evaluator.score(TRUTH, List.of(
                alert("skyvale-delays", AlertStatus.OPEN, Severity.WARNING, "11:40"),
                alert("skyvale-loyalty", AlertStatus.OPEN, Severity.WARNING, "12:50")))));

        List<String> lines = ScoreTable.compare(byMethod).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("storm-day").contains("job").contains("12m00s").contains("0/1");
        assertThat(lines.get(2)).startsWith(" ").contains("meltwater").contains("1h40m").contains("1/1");
        assertThat(lines.get(3)).startsWith("OVERALL").contains("job");
        assertThat(lines.get(4)).contains("meltwater");
    }
}
