package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermExtractorTest {
    private final TermExtractor extractor = new TermExtractor();

    @Test
    void shouldGiveBigramsOfContentWordsWithStopWordsRemoved() {
        assertThat(extractor.terms("My parcel was never delivered to the depot"))
                .containsExactly("parcel never", "never delivered", "delivered depot");
    }

    @Test
    void shouldKeepNegationsBecauseComplaintsAreWrittenWithThem() {
        assertThat(extractor.terms("the app is not working and I can't log in"))
                .containsExactly("app not", "not working", "working cant", "cant log");
    }

    @Test
    void shouldGiveHashtagsAndHandlesFoldedAndBreakBigramsAtThem() {
        assertThat(extractor.terms("@AcmeHelp checkout broken #AcmeDown checkout broken"))
                .containsExactly("@acmehelp", "checkout broken", "#acmedown");
    }

    @Test
    void shouldNotRunBigramsAcrossSentences() {
        assertThat(extractor.terms("Refund denied. Support useless!"))
                .containsExactly("refund denied", "support useless");
    }

    @Test
    void shouldSkipLinksSingleLettersAndShortNumbers() {
        assertThat(extractor.terms("RT @bob: error 404 on checkout page x 12 times https://t.co/xyz"))
                .containsExactly("@bob", "error 404", "404 checkout", "checkout page", "page times");
    }

    @Test
    void shouldFoldFullWidthTextBeforeExtracting() {
        assertThat(extractor.terms("ＳＩＭ ｃａｒｄ blocked")).containsExactly("sim card", "card blocked");
    }

    @Test
    void shouldGiveNothingForAnEmptyOrStopWordOnlyText() {
        assertThat(extractor.terms("")).isEmpty();
        assertThat(extractor.terms("and then it was just me")).isEmpty();
    }

    @Test
    void shouldLoadTheSnowballListPlusSocialNoiseButNotNegations() {
        Vocabulary stop = StopWords.english();
        assertThat(stop.contains("the")).isTrue();
        assertThat(stop.contains("yourselves")).isTrue();
        assertThat(stop.contains("rt")).isTrue();
        assertThat(stop.contains("not")).isFalse();
        assertThat(stop.contains("dont")).isFalse();
        assertThat(stop.contains("refund")).isFalse();
    }
}
