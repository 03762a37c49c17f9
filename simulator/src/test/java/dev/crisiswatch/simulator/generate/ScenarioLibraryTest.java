package dev.crisiswatch.simulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.scenario.IncidentSpec;
import dev.crisiswatch.simulator.scenario.Scenario;
import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.TopicMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario the project ships loads, generates at a moderate size, and says what its truth
 * says: incident posts land on the incident's topic under the job's own matcher, crises read
 * negative and everyday traffic does not.
 */
class ScenarioLibraryTest {
    private static final Path LIBRARY = Path.of("scenarios");

    static Stream<Path> scenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(LIBRARY)) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        return files.stream();
    }

    static Stream<Path> catalogs() throws IOException {
        return Files.list(LIBRARY.resolve("catalogs")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldGenerateWhatTheTruthSays(Path file) throws Exception {
        Scenario s = Scenario.load(file);
        ScenarioGenerator.GeneratedEvents events = new ScenarioGenerator(s, s.seed(), s.chaos()).generate();
        TopicMatcher matcher = new TopicMatcher(s.catalog());
        SentimentScorer sentiment = SentimentScorer.standard();

        int total = events.mentions().size() + events.complaints().size();
        assertThat(total).isLessThan(file.getFileName().toString().startsWith("weekly") ? 500_000 : 100_000);
        assertThat(s.description()).hasSizeGreaterThan(30);
        if (!s.name().equals("demo")) {
            assertThat(s.incidents()).as("a day of background before the first incident")
                    .allSatisfy(i -> assertThat(i.onset()).isAfterOrEqualTo(s.start().plus(Duration.ofDays(1))));
        }

        List<SimMention> everyday = events.mentions().stream().filter(m -> m.incident < 0 && m.topic != null).toList();
        Predicate<SimMention> readsNegative = m -> sentiment.score(m.text) <= -0.05;
        for (int k = 0; k < s.incidents().size(); k++) {
            IncidentSpec incident = s.incidents().get(k);
            int index = k;
            List<SimMention> posts = events.mentions().stream().filter(m -> m.incident == index).toList();
            if (posts.isEmpty()) continue;
            if (incident.isEmerging()) {
                assertThat(posts).as("%s: posts on an issue outside the catalog", incident.label())
                        .allSatisfy(m -> assertThat(matcher.match(event(m))).isEmpty());
            } else {
                int topic = s.catalog().indexOf(incident.topic());
                long onTopic = posts.stream().filter(m -> contains(matcher.match(event(m)), topic)).count();
                assertThat((double) onTopic / posts.size()).as("%s: share matched to %s", incident.label(), incident.topic())
                        .isGreaterThan(0.99);
            }
            double negative = share(posts, readsNegative);
            if (incident.crisis()) {
                assertThat(negative).as("%s: negative share", incident.label()).isGreaterThan(0.5);
            } else if (incident.tone().equals("background")) {
                // A benign surge of everyday talk (a storm, a holiday backlog) reads like the topic's everyday posts.
                List<SimMention> usual = everyday.stream().filter(m -> incident.topic().equals(m.topic)).toList();
                assertThat(negative).as("%s: negative share against the topic's everyday posts", incident.label())
                        .isCloseTo(share(usual, readsNegative), within(0.08));
            } else {
                assertThat(negative).as("%s: negative share", incident.label()).isLessThan(0.35);
            }
        }
        assertThat(share(everyday, readsNegative)).as("everyday negative share").isBetween(0.15, 0.5);
        assertThat(share(everyday, m -> contains(matcher.match(event(m)), s.catalog().indexOf(m.topic))))
                .as("everyday posts on their own topic").isGreaterThan(0.99);
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void shouldKeepEveryCatalogTermOutOfTheOtherTopicsTerms(Path file) throws Exception {
        TopicCatalog catalog = TopicCatalog.load(file);
        for (CatalogTopic a : catalog.topics()) {
            for (CatalogTopic b : catalog.topics()) {
                if (a == b) continue;
                for (String term : terms(a)) {
                    assertThat(terms(b)).as("%s term %s inside %s", a.id(), term, b.id())
                            .noneMatch(t -> t.contains(term));
                }
            }
        }
    }

    private static List<String> terms(CatalogTopic t) {
        List<String> all = new ArrayList<>(t.keywords());
        all.addAll(t.hashtags());
        all.addAll(t.handles());
        return all.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    }

    private static Event event(SimMention m) {
        Event e = new Event();
        e.kind = EventKind.MENTION;
        e.id = m.id;
        e.ts = m.ts;
        e.source = m.source;
        e.text = m.text;
        return e;
    }

    private static boolean contains(int[] topics, int topic) {
        for (int t : topics) if (t == topic) return true;
        return false;
    }

    private static double share(List<SimMention> posts, Predicate<SimMention> p) {
        return posts.isEmpty() ? 0 : (double) posts.stream().filter(p).count() / posts.size();
    }
}
