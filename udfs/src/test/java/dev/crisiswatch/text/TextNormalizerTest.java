package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void shouldReturnTheSameInstanceForPureAsciiText() {
        String ascii = "Still waiting for my refund @AcmeHelp";
        assertThat(TextNormalizer.nfkc(ascii)).isSameAs(ascii);
    }

    @Test
    void shouldReturnTheSameInstanceForTextWhoseNonAsciiCharactersNfkcLeavesAlone() {
        String tweet = "can’t log in, so annoyed 😡 — café closed";
        assertThat(TextNormalizer.nfkc(tweet)).isSameAs(tweet);
    }

    @Test
    void shouldComposeAccentsAndExpandCompatibilityCharacters() {
        assertThat(TextNormalizer.nfkc("cafe\u0301 …")).isEqualTo("caf\u00e9 ...");
        assertThat(TextNormalizer.nfkc("\uD83C\uDD30CME")).isEqualTo("ACME");
        assertThat(tokens("cafe\u0301")).containsExactly("caf\u00e9");
    }

    @Test
    void shouldFoldFullWidthLettersAndLigaturesWithNfkc() {
        assertThat(tokens("ＡＣＭＥ ﬁxed it")).containsExactly("acme", "fixed", "it");
    }

    @Test
    void shouldKeepHashtagsAndHandlesWithTheirSigilAndLowerCase() {
        assertThat(tokens("@AcmeHelp my order is late #AcmeFail"))
                .containsExactly("@acmehelp", "my", "order", "is", "late", "#acmefail");
    }

    @Test
    void shouldJoinWordsAcrossApostrophesOfEitherKind() {
        assertThat(tokens("Don't ship it, it’s broken")).containsExactly("dont", "ship", "it", "|", "its", "broken");
    }

    @Test
    void shouldSkipLinksWhole() {
        assertThat(tokens("refund please https://t.co/Ab12Cd www.acme.com/help now"))
                .containsExactly("refund", "please", "now");
    }

    @Test
    void shouldMarkSentenceBreaksOnceBetweenTokens() {
        assertThat(tokens("Lost it... Parcel gone!! Why?")).containsExactly("lost", "it", "|", "parcel", "gone", "|", "why");
    }

    @Test
    void shouldNotTakeAnAtInsideAnEmailAddressForAHandle() {
        assertThat(tokens("mail bob@acme.com")).containsExactly("mail", "bob", "acme", "|", "com");
    }

    @Test
    void shouldSplitHanAndKanaIntoSingleCharacterTokensButKeepAccentedWordsWhole() {
        assertThat(tokens("ACME快递 Café CRÈME")).containsExactly("acme", "快", "递", "café", "crème");
    }

    @Test
    void shouldFoldGreekFinalSigmaLikeItsOtherForms() {
        assertThat(tokens("ΟΔΥΣΣΕΥΣ οδυσσευς")).containsExactly("οδυσσευσ", "οδυσσευσ");
    }

    @Test
    void shouldFoldCategoryLabels() {
        assertThat(TextNormalizer.foldLabel("  Delivery ")).isEqualTo("delivery");
        assertThat(TextNormalizer.foldLabel("ＢＩＬＬＩＮＧ")).isEqualTo("billing");
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        normalizer.tokenize(text, (kind, chars, len) -> out.add(kind == TextNormalizer.BREAK ? "|" : new String(chars, 0, len)));
        return out;
    }
}
