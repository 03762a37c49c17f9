package dev.crisiswatch.aggregate;

import dev.crisiswatch.text.NearDuplicateFilter;
import dev.crisiswatch.text.TermExtractor;
import java.util.function.Consumer;

/**
 * Per-subtask text signals beyond sentiment and topics: whether a post repeats a recent one almost
 * word for word (bot floods, copy-paste campaigns), and the candidate terms of an emerging issue.
 * Not thread-safe: one per subtask.
 */
final class EventSignals {
    private final NearDuplicateFilter nearDuplicates = new NearDuplicateFilter();
    private final TermExtractor terms = new TermExtractor();

    boolean isNearDuplicate(String text) {
        return nearDuplicates.isNearDuplicate(text);
    }

    void terms(String text, Consumer<String> out) {
        terms.extract(text, out);
    }
}
