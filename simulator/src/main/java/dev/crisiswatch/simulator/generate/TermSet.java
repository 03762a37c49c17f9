package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.simulator.scenario.Brand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words that put a post on a topic, split by kind so templates can use each where it reads naturally. */
record TermSet(List<String> keywords, List<String> hashtags, List<String> handles) {

    TermSet {
        keywords = List.copyOf(keywords);
        hashtags = List.copyOf(hashtags);
        handles = List.copyOf(handles);
        if (keywords.isEmpty() && hashtags.isEmpty() && handles.isEmpty()) {
            throw new IllegalArgumentException("a topic needs at least one keyword, hashtag or handle to be talked about");
        }
    }

    static TermSet of(CatalogTopic topic) {
        return new TermSet(topic.keywords(), topic.hashtags(), topic.handles());
    }

    /** Terms as a scenario lists them: `#tag`, `@handle`, anything else is a keyword. */
    static TermSet of(List<String> terms) {
        List<String> k = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<String> h = new ArrayList<>();
        for (String term : terms) {
            if (term.startsWith("#")) t.add(term);
            else if (term.startsWith("@")) h.add(term);
            else k.add(term);
        }
        return new TermSet(k, t, h);
    }

    /** How people name the brand itself when no topic of the catalog is meant. */
    static TermSet of(Brand brand) {
        String tag = "#" + brand.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new TermSet(List.of(brand.name()), List.of(tag), brand.handles());
    }

    List<String> all() {
        List<String> all = new ArrayList<>(keywords);
        all.addAll(hashtags);
        all.addAll(handles);
        return all;
    }
}
