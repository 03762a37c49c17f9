package dev.crisiswatch.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The English stop words that term extraction drops: the Snowball list (BSD, see
 * {@code text/LICENSE-snowball-stopwords.txt}) plus {@code text/social_stop.txt}, folded like post
 * text.
 *
 * <p>Negations stay terms ("not working", "never arrived", "cant login", "no refund" are how
 * complaints read), so Snowball's "no", "nor", "not", "cannot" and every "n't" form are kept out.
 */
public final class StopWords {
    private static final Set<String> NEGATIONS = Set.of("no", "nor", "not", "cannot");
    private static final Vocabulary ENGLISH = load();

    private StopWords() {}

    /** A shared read-only set; do not intern into it. */
    public static Vocabulary english() {
        return ENGLISH;
    }

    private static Vocabulary load() {
        Vocabulary words = new Vocabulary();
        TextNormalizer folder = new TextNormalizer();
        // Snowball format: the word starts the line, '|' starts a comment.
        readWords("text/english_stop.txt", '|', folder, words);
        readWords("text/social_stop.txt", '#', folder, words);
        return words;
    }

    private static void readWords(String resource, char comment, TextNormalizer folder, Vocabulary into) {
        try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int cut = line.indexOf(comment);
                String word = (cut >= 0 ? line.substring(0, cut) : line).strip();
                if (word.isEmpty() || NEGATIONS.contains(word) || word.endsWith("n't")) continue;
                folder.tokenize(word, (kind, chars, len) -> {
                    if (kind == TextNormalizer.WORD) into.intern(chars, 0, len);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
