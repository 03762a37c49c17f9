package dev.crisiswatch.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void shouldDropTerminalEscapesIncludingTitleChangingOscSequences() {
        assertThat(SafeText.clean("\u001B[2J\u001B[1;31mfire\u001B[0m \u001B]0;owned\u0007sale \u001B]8;;http://x\u001B\\link"))
                .isEqualTo("fire sale link");
    }

    @Test
    void shouldKeepEmojiAndAccentsButDropLoneSurrogatesAndZeroWidthCharacters() {
        assertThat(SafeText.clean("caf\u00e9 \uD83D\uDE21 \uD83D x\u200By\uFEFF")).isEqualTo("caf\u00e9 \uD83D\uDE21  xy");
    }

    @Test
    void shouldShortenWithAnEllipsisWithoutSplittingAnEmoji() {
        assertThat(SafeText.clean("ab\uD83D\uDE21cd", 4)).isEqualTo("ab\u2026");
        assertThat(SafeText.clean("line one\nline two", 100)).isEqualTo("line one line two");
    }
}
