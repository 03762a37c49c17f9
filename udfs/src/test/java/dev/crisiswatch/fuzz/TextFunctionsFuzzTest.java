package dev.crisiswatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.SimHash;
import dev.crisiswatch.text.TermExtractor;
import dev.crisiswatch.text.TextNormalizer;
import dev.crisiswatch.text.TopicMatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text functions on any string (unpaired surrogates, control and bidi characters, combining-mark
 * floods, emoji sequences): they never throw, sentiment stays a number in [-1, 1], topics are valid
 * catalog indices, terms and fingerprints are bounded and do not depend on the previous text.
 */
class TextFunctionsFuzzTest {
    private static final String CATALOG = """
            topics:
              - id: acme-delivery
                keywords: ["late delivery", "never arrived", "lost parcel", "courier"]
                hashtags: ["#acmefail"]
                handles: ["@acmehelp"]
                categories: ["delivery"]
              - id: acme-brand
                keywords: ["acme", "café crème", "ﬁnance"]
                handles: ["@acme"]
              - id: acme-app
                keywords: ["app crash", "can't log in"]
                hashtags: ["AcmeDown"]
                categories: ["App / Website"]
            """;
    private static final TopicMatcher MATCHER = new TopicMatcher(catalog());

    private final SentimentScorer sentiment = SentimentScorer.standard();
    private final TermExtractor terms = new TermExtractor();
    private final SimHash simHash = new SimHash();

    @FuzzTest(maxDuration = "2m")
    void scoreMatchAndExtractAnyText(FuzzedDataProvider data) {
        String category = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        checkText(text, category);
    }

    @ParameterizedTest
    @MethodSource("dev.crisiswatch.fuzz.BadRecordCorpus#records")
    void shouldHandleTheTextOfEveryCorpusRecord(byte[] payload) {
        checkText(new String(payload, StandardCharsets.UTF_8), "delivery");
    }

    @Test
    void shouldMatchTopicsThroughBidiOverridesAndTerminalEscapes() {
        String post = "\u202eworst\u202c service \u001b[31mEVER\u001b[0m, my parcel never arrived #acmefail";

        assertThat(topicsOf(post, null)).containsExactly("acme-delivery");
        assertThat(terms.terms(post)).contains("#acmefail", "parcel never", "never arrived");
    }

    @Test
    void shouldNotLetAnUnpairedSurrogateHideTheKeywordsAroundIt() {
        String post = "lost parcel \ud800 again \udc00 @acmehelp";

        assertThat(topicsOf(post, null)).containsExactly("acme-delivery");
        assertThat(terms.terms(post)).contains("lost parcel", "@acmehelp");
    }

    private void checkText(String text, String category) {
        double score = sentiment.score(text);
        assertThat(score).isNotNaN().isBetween(-1.0, 1.0);

        int[] topics = MATCHER.match(complaint(text, category));
        for (int i = 0; i < topics.length; i++) {
            assertThat(topics[i]).isBetween(0, MATCHER.catalog().size() - 1);
            if (i > 0) assertThat(topics[i]).isGreaterThan(topics[i - 1]);
        }

        int n = TextNormalizer.nfkc(text).length();
        List<String> extracted = terms.terms(text);
        assertThat(extracted).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(n);
        assertThat(extracted.stream().mapToLong(String::length).sum()).isLessThanOrEqualTo(6L * n + 6);
        assertThat(extracted).allSatisfy(t -> assertThat(t).isNotEmpty());

        long fingerprint = simHash.fingerprint(text);
        simHash.fingerprint("my parcel never arrived and the courier laughed");
        assertThat(simHash.fingerprint(text)).as("no state leaks from one text to the next").isEqualTo(fingerprint);
    }

    private static List<String> topicsOf(String text, String category) {
        int[] topics = MATCHER.match(complaint(text, category));
        return java.util.Arrays.stream(topics).mapToObj(t -> MATCHER.catalog().get(t).id()).toList();
    }

    private static Event complaint(String text, String category) {
        Event e = new Event();
        e.kind = EventKind.COMPLAINT;
        e.id = "c1";
        e.source = "email";
        e.text = text;
        e.category = category;
        return e;
    }

    private static TopicCatalog catalog() {
        try {
            return TopicCatalog.parse(new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)), "fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
