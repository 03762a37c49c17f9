package dev.crisiswatch.simulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.simulator.scenario.AuthorModel;
import dev.crisiswatch.simulator.scenario.Scenario;
import dev.crisiswatch.simulator.scenario.ScenarioYaml;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's numbers, measured on what it writes, are the numbers the scenario asked for. */
class RealisedDistributionsTest {
    @TempDir
    Path dir;

    @Test
    void shouldRealiseTheBackgroundRatePerMinuteOfEachTopic() throws Exception {
        Scenario s = ScenarioYaml.load(dir, """
                duration: 2d
                background:
                  perMinute: 1.0
                  topics: {brewly-app: 2.5}
                  uncatalogued: 0
                  profile: {daily: flat, weekly: flat}
                """);
        List<Event> events = EventFiles.read(new ScenarioGenerator(s, 11, ChaosOptions.none()).writeTo(dir).mentionsFile(),
                EventKind.MENTION).events;

        double minutes = 2 * 24 * 60;
        long app = events.stream().filter(e -> mentions(e, "brewly app", "#brewlyapp", "@brewlyhelp", "brewly order ahead")).count();
        long stores = events.stream().filter(e -> mentions(e, "brewly store", "brewly barista", "#brewlystores")).count();
        assertThat(app / minutes).isCloseTo(2.5, within(0.1));
        assertThat(stores / minutes).isCloseTo(1.0, within(0.06));
    }

    @Test
    void shouldMakeTheEveningPeakManyTimesTheNightTrough() throws Exception {
        Scenario s = ScenarioYaml.load(dir, """
                duration: 2d
                background: {perMinute: 2.0, uncatalogued: 0, profile: {daily: strong, weekly: flat}}
                """);
        List<Event> events = EventFiles.read(new ScenarioGenerator(s, 12, ChaosOptions.none()).writeTo(dir).mentionsFile(),
                EventKind.MENTION).events;

        int[] byHour = new int[24];
        for (Event e : events) byHour[(int) ((e.ts / 3_600_000) % 24)]++;
        assertThat(byHour[20]).isGreaterThan(15 * byHour[3]);
    }

    @Test
    void shouldRealiseTheBranchingFactorInTheReshareLinks() throws Exception {
        Scenario s = ScenarioYaml.load(dir, """
                duration: 3d
                background: {perMinute: 0.05, uncatalogued: 0}
                complaints: {perMinute: 0}
                incidents:
                  - label: a long subcritical cascade
                    topic: brewly-stores
                    kind: crisis
                    at: 2h
                    duration: 2d
                    posts: {peakPerMinute: 1.0}
                    cascade: {roots: 1, rootReshares: 0.8, branching: [{after: 0m, factor: 0.8}], meanDelay: 10m}
                """);
        List<Event> events = EventFiles.read(new ScenarioGenerator(s, 13, ChaosOptions.none()).writeTo(dir).mentionsFile(),
                EventKind.MENTION).events;

        Map<String, Integer> children = new HashMap<>();
        for (Event e : events) if (e.reshareOf != null) children.merge(e.reshareOf, 1, Integer::sum);
        long cutoff = s.incidents().get(0).end().toEpochMilli() - 3 * 3_600_000;
        long parents = 0;
        long offspring = 0;
        for (Event e : events) {
            boolean inCascade = e.reshareOf != null || e.text.toLowerCase().contains("brewly");
            if (!inCascade || e.ts < s.incidents().get(0).onset().toEpochMilli() || e.ts > cutoff) continue;
            parents++;
            offspring += children.getOrDefault(e.id, 0);
        }
        assertThat(parents).isGreaterThan(5_000);
        assertThat((double) offspring / parents).isCloseTo(0.8, within(0.04));
        assertThat(events).filteredOn(e -> e.reshareOf != null).allSatisfy(e -> assertThat(e.reshares).isGreaterThanOrEqualTo(0));
    }

    @Test
    void shouldDrawHeavyTailedFollowersWithTheAskedShares() {
        AuthorPool pool = new AuthorPool(new AuthorModel(50_000, 150, 2.0, 0.01, 0.06), new SplittableRandom(5));

        long[] followers = new long[pool.size()];
        int verified = 0;
        int zero = 0;
        for (int i = 0; i < pool.size(); i++) {
            Author a = pool.get(i);
            followers[i] = a.followers();
            if (a.verified()) verified++;
            if (a.followers() == 0) zero++;
        }
        Arrays.sort(followers);
        long total = Arrays.stream(followers).sum();
        long topOnePercent = Arrays.stream(followers, followers.length * 99 / 100, followers.length).sum();
        double mean = (double) total / followers.length;
        long median = followers[followers.length / 2];

        assertThat((double) verified / pool.size()).isCloseTo(0.01, within(0.002));
        assertThat((double) zero / pool.size()).isCloseTo(0.06, within(0.005));
        assertThat(median).isBetween(120L, 185L);
        assertThat(mean).isGreaterThan(10 * median);
        assertThat((double) topOnePercent / total).isGreaterThan(0.5);
    }

    private static boolean mentions(Event e, String... terms) {
        String t = e.text.toLowerCase();
        for (String term : terms) if (t.contains(term)) return true;
        return false;
    }
}
