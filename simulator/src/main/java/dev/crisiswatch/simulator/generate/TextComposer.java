package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.simulator.generate.Template.Part;
import dev.crisiswatch.simulator.scenario.Brand;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes post and ticket texts from the template library: fills the slots, then gives the text the
 * habits of real posts (all lower case, shouting, elongated words, a dropped full stop).
 */
final class TextComposer {
    private static final String[] HAPPY = {"😊", "😍", "❤️", "🙌", "🥹", "👏", "🔥", "💯", "😁"};
    private static final String[] SAD = {"😡", "🤬", "😤", "🙄", "😒", "👎", "💀", "😩", "🤦"};
    private static final String[] CITIES = {"London", "Manchester", "Leeds", "Glasgow", "Bristol", "Dublin",
        "Austin", "Denver", "Chicago", "Toronto", "Berlin", "Sydney"};
    private static final double LOWER_CASE = 0.22;
    private static final double SHOUTING = 0.04;
    private static final double ELONGATED = 0.08;
    private static final double NO_FULL_STOP = 0.3;

    private final TemplateLibrary library;
    private final Brand brand;
    private final TermSet brandTerms;

    TextComposer(TemplateLibrary library, Brand brand) {
        this.library = library;
        this.brand = brand;
        this.brandTerms = TermSet.of(brand);
    }

    TermSet brandTerms() {
        return brandTerms;
    }

    /** A post on the topic of {@code terms}, in the mix named by {@code tone}. */
    String post(SplittableRandom rng, String tone, TermSet terms) {
        TemplateLibrary.Mix mix = library.mix(tone);
        return styled(rng, render(rng, Sampling.pick(rng, library.group(mix.groups().pick(rng))), terms, true), terms);
    }

    /** A comment someone adds when resharing a post of this tone. */
    String quote(SplittableRandom rng, String tone, TermSet terms) {
        String group = library.mix(tone).quotes();
        return styled(rng, render(rng, Sampling.pick(rng, library.group(group == null ? "quote-neutral" : group)), terms, true), terms);
    }

    /** A scenario's own text, with the same slots. */
    String custom(SplittableRandom rng, List<Template> texts, TermSet terms) {
        return render(rng, Sampling.pick(rng, texts), terms, true);
    }

    /**
     * A text that need not name the topic: a ticket (it reaches a topic through its category) or the
     * brand's reply in a thread. Written by staff, so not restyled.
     */
    String plain(SplittableRandom rng, String tone, TermSet terms) {
        TemplateLibrary.Mix mix = library.mix(tone);
        return render(rng, Sampling.pick(rng, library.group(mix.groups().pick(rng))), terms, false);
    }

    String render(SplittableRandom rng, Template template, TermSet terms, boolean mustNameTopic) {
        StringBuilder sb = new StringBuilder(96);
        for (Part p : template.parts()) {
            if (p.slot() == null) sb.append(p.literal());
            else sb.append(fill(rng, p.slot(), terms));
        }
        if (mustNameTopic && !template.namesTopic()) {
            sb.append(' ').append(fill(rng, rng.nextBoolean() ? Template.Slot.HASHTAG : Template.Slot.HANDLE, terms));
        }
        return sb.toString();
    }

    private String fill(SplittableRandom rng, Template.Slot slot, TermSet terms) {
        return switch (slot) {
            case KEYWORD -> firstOf(rng, terms.keywords(), terms.hashtags(), terms.handles());
            case HASHTAG -> firstOf(rng, terms.hashtags(), terms.keywords(), terms.handles());
            case HANDLE -> firstOf(rng, terms.handles(), terms.hashtags(), terms.keywords());
            case BRAND -> brand.name();
            case PRODUCT -> brand.products().isEmpty() ? "order" : Sampling.pick(rng, brand.products());
            case SMALL_NUMBER -> String.valueOf(2 + rng.nextInt(8));
            case HOURS -> String.valueOf(2 + rng.nextInt(8));
            case DAYS -> String.valueOf(3 + rng.nextInt(12));
            case ORDER -> String.valueOf(40_000_000 + rng.nextInt(9_000_000));
            case CITY -> Sampling.pick(rng, CITIES);
            case HAPPY_EMOJI -> Sampling.pick(rng, HAPPY);
            case SAD_EMOJI -> Sampling.pick(rng, SAD);
        };
    }

    @SafeVarargs
    private static String firstOf(SplittableRandom rng, List<String>... choices) {
        for (List<String> c : choices) if (!c.isEmpty()) return Sampling.pick(rng, c);
        throw new IllegalStateException("no term to fill");
    }

    /** Real posts are not copy-edited; neither are these (tickets are written up by agents, so they are). */
    private static String styled(SplittableRandom rng, String text, TermSet terms) {
        String s = text;
        if (Sampling.chance(rng, ELONGATED)) s = elongate(rng, s, terms);
        double roll = rng.nextDouble();
        if (roll < SHOUTING) s = s.toUpperCase(Locale.ROOT);
        else if (roll < SHOUTING + LOWER_CASE) s = s.toLowerCase(Locale.ROOT);
        if (s.endsWith(".") && Sampling.chance(rng, NO_FULL_STOP)) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** Stretches the last letter of one plain word: "so" becomes "soooo". Words of the topic's terms are left alone. */
    private static String elongate(SplittableRandom rng, String s, TermSet terms) {
        String[] words = s.split(" ");
        for (int attempt = 0; attempt < 4; attempt++) {
            int i = rng.nextInt(words.length);
            String w = words[i];
            if (w.length() < 2 || w.length() > 7 || !w.chars().allMatch(Character::isLetter)) continue;
            if (partOfTerm(w, terms)) continue;
            words[i] = w + String.valueOf(w.charAt(w.length() - 1)).repeat(2 + rng.nextInt(4));
            return String.join(" ", words);
        }
        return s;
    }

    private static boolean partOfTerm(String word, TermSet terms) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String t : terms.all()) if (t.toLowerCase(Locale.ROOT).contains(w)) return true;
        return false;
    }
}
