package dev.crisiswatch.bench;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.TopicMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tweets per second through catalog matching, for a 10-topic and a 5,000-topic (25,000 phrase)
 * catalog; the org.ahocorasick library on the same keywords is the yardstick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TopicMatchBenchmark {
    private static final int BATCH = 1024;

    @Param({"10", "5000"})
    public int topics;

    private Event[] tweets;
    private TopicMatcher matcher;
    private Trie libraryTrie;

    @Setup
    public void setUp() {
        tweets = BenchTexts.tweets(BATCH, 7).toArray(new Event[0]);
        TopicCatalog catalog = BenchTexts.catalog(topics);
        matcher = new TopicMatcher(catalog);
        Trie.TrieBuilder b = Trie.builder().ignoreCase().onlyWholeWords();
        for (CatalogTopic t : catalog.topics()) {
            for (List<String> rules : List.of(t.keywords(), t.hashtags(), t.handles())) rules.forEach(b::addKeyword);
        }
        libraryTrie = b.build();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void topicMatcher(Blackhole bh) {
        for (Event e : tweets) bh.consume(matcher.match(e));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ahoCorasickLibrary(Blackhole bh) {
        for (Event e : tweets) bh.consume(libraryTrie.parseText(e.text));
    }
}
