package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonWriterTest {
    private final SeverityRules rules = new SeverityRules(new DetectionConfig());
    private final ReasonWriter reasons = new ReasonWriter();

    /**
     * The demo's quarter hour 30 minutes into a delivery crisis: 277 posts where 44 are usual, 165 of them
     * negative (60% against 43%), the tone down. Against the other posts of the same minutes the
     * negatives are within chance; the incident escalates on persistence.
     */
    private static Evidence escalatedOnPersistence() {
        WindowStats w = new WindowStats(15, 277, 165, 10, 120, 0, 0, 0, -0.22 * 277, 900_000, 308_541, 308_541, 44, 1);
        return new Evidence(w, 84, 0.43, 0.1, -0.08, 36, 0.4, 0, 1.2, 0.5, false, false, false, 1);
    }

    @Test
    void shouldSayHowFarAboveUsualTheNegativesAreWhenTheCountAloneIsWithinChance() {
        Assessment sustained = rules.assessSustained(escalatedOnPersistence());
        assertThat(sustained.severity()).isEqualTo(Severity.WARNING);

        List<String> why = reasons.firing(new TopicMeta("parcelo-delivery", "Parcelo delivery", List.of(), false),
                sustained, new IncidentState(), new Sample[0], new CoTerms());

        assertThat(why).contains(
                "165 negative mentions in 15 min vs 84 expected (2.0x the usual; within chance as a count alone)",
                "60% negative vs 43% usual; mean sentiment -0.22 vs -0.08 usual");
        assertThat(why).noneMatch(r -> r.contains("not significant"));
    }
}
