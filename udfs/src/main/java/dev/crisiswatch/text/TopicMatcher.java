package dev.crisiswatch.text;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the catalog topics of an event.
 *
 * <p>PLACEHOLDER until the text-intelligence work lands: substring search per phrase.
 */
public final class TopicMatcher {
    private final TopicCatalog catalog;

    public TopicMatcher(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    /** Indices into the catalog of the topics the event belongs to, ascending, no repeats. */
    public int[] match(Event e) {
        String t = e.text == null ? "" : e.text.toLowerCase(Locale.ROOT);
        int[] out = new int[catalog.size()];
        int n = 0;
        for (int i = 0; i < catalog.size(); i++) {
            CatalogTopic c = catalog.get(i);
            boolean hit = false;
            for (String k : c.keywords()) hit |= t.contains(k.toLowerCase(Locale.ROOT));
            for (String k : c.hashtags()) hit |= t.contains(k.toLowerCase(Locale.ROOT));
            for (String k : c.handles()) hit |= t.contains(k.toLowerCase(Locale.ROOT));
            if (e.category != null) for (String k : c.categories()) hit |= e.category.equalsIgnoreCase(k);
            if (e.topics != null) for (String k : e.topics) hit |= c.id().equals(k);
            if (hit) out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }
}
