package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

    @Test
    void shouldFindPhrasesThatOverlapOrNestInsideLongerOnes() {
        // words: 0=acme 1=app 2=down 3=again
        PhraseAutomaton a = new PhraseAutomaton.Builder()
                .add(new int[] {0, 1, 2, 3}, 10)
                .add(new int[] {1, 2}, 11)
                .add(new int[] {2}, 12)
                .add(new int[] {2, 3}, 13)
                .build();
        assertThat(found(a, new int[] {0, 1, 2, 3})).containsExactly(10, 11, 12, 13);
        assertThat(found(a, new int[] {0, 1, 1, 2})).containsExactly(11, 12);
        assertThat(found(a, new int[] {0, 1, -1, 2})).containsExactly(12);
    }

    @Test
    void shouldAgreeWithANaiveSearchOnRandomPhrasesAndTexts() {
        Random rnd = new Random(20260101);
        for (int round = 0; round < 200; round++) {
            List<int[]> phrases = new ArrayList<>();
            PhraseAutomaton.Builder b = new PhraseAutomaton.Builder();
            for (int p = 0; p < 1 + rnd.nextInt(30); p++) {
                int[] words = new int[1 + rnd.nextInt(4)];
                for (int k = 0; k < words.length; k++) words[k] = rnd.nextInt(6);
                phrases.add(words);
                b.add(words, p);
            }
            PhraseAutomaton a = b.build();
            int[] text = new int[rnd.nextInt(40)];
            for (int k = 0; k < text.length; k++) text[k] = rnd.nextInt(8) - 1;
            assertThat(found(a, text)).as("round %d", round).isEqualTo(naive(phrases, text));
        }
    }

    private static Set<Integer> found(PhraseAutomaton a, int[] text) {
        Set<Integer> r = new TreeSet<>();
        int state = PhraseAutomaton.ROOT;
        for (int w : text) {
            state = a.step(state, w);
            for (int k = a.outputFrom(state); k < a.outputTo(state); k++) r.add(a.outputs()[k]);
        }
        return r;
    }

    private static Set<Integer> naive(List<int[]> phrases, int[] text) {
        Set<Integer> r = new TreeSet<>();
        for (int p = 0; p < phrases.size(); p++) {
            int[] words = phrases.get(p);
            for (int start = 0; start + words.length <= text.length; start++) {
                boolean all = true;
                for (int k = 0; k < words.length; k++) all &= text[start + k] == words[k];
                if (all) r.add(p);
            }
        }
        return r;
    }
}
