package dev.crisiswatch.bench;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic brand tweets and catalogs of any size for the text benchmarks. */
final class BenchTexts {
    private static final String[] OPENERS = {"@acme", "@AcmeHelp", "hey @acme", "Ugh.", "So", "Honestly", "", "", "lol"};
    private static final String[] COMPLAINTS = {
        "my parcel never arrived and support just hangs up on me",
        "three weeks waiting for a refund and still nothing, this is a joke",
        "the app keeps crashing every time I try to pay at checkout",
        "you charged my card twice for the same order",
        "tracking has said out for delivery for four days now",
        "the driver threw my package over the fence and it broke",
        "can’t log in since the update, password reset email never comes",
        "store on Main Street closed early again without any notice",
        "put me on hold for 90 minutes and then disconnected",
        "sent me the wrong size shoes twice and now wants me to pay return shipping",
    };
    private static final String[] PRAISE = {
        "just got my order two days early, really impressed",
        "love the new loyalty app, so smooth 😍",
        "staff at the Leeds store were super friendly today",
        "refund came through in an hour, best support ever",
    };
    private static final String[] TAILS = {"", "", " #AcmeFail", " #acme", " https://t.co/x7Kq2LmP9a", " 😡😡", " …", " #fail #customerservice"};

    private BenchTexts() {}

    static List<Event> tweets(int count, long seed) {
        Random rnd = new Random(seed);
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = rnd.nextInt(4) == 0 ? pick(rnd, PRAISE) : pick(rnd, COMPLAINTS);
            Event e = new Event();
            e.kind = EventKind.MENTION;
            e.id = Integer.toString(i);
            e.source = "twitter";
            e.text = (pick(rnd, OPENERS) + " " + body + pick(rnd, TAILS)).strip();
            events.add(e);
        }
        return events;
    }

    /** Posts that are no near-duplicates of each other: sixteen words each from a 3,000-word vocabulary. */
    static List<String> distinctTexts(int count, long seed) {
        Random rnd = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder("@acme");
            for (int k = 0; k < 16; k++) b.append(' ').append(pseudoWord(rnd.nextInt(3000)));
            texts.add(b.toString());
        }
        return texts;
    }

    /** Ten real-looking brand topics, then synthetic product topics up to {@code size}, five phrases each. */
    static TopicCatalog catalog(int size) {
        List<CatalogTopic> topics = new ArrayList<>(List.of(
                topic("acme-delivery", List.of("late delivery", "never arrived", "lost parcel", "out for delivery", "wrong address"), "#acmefail", "@acmehelp"),
                topic("acme-app", List.of("app crash", "keeps crashing", "can't log in", "password reset", "checkout error"), "#acmedown", "@acmeapp"),
                topic("acme-billing", List.of("charged twice", "double charged", "refund", "overcharged", "wrong price"), "#acmerefund", "@acmebilling"),
                topic("acme-stores", List.of("store closed", "rude staff", "long queue", "main street", "opening hours"), "#acmestores", "@acmestores"),
                topic("acme-support", List.of("on hold", "hangs up", "no reply", "chat bot", "customer service"), "#acmesupport", "@acmesupport"),
                topic("acme-returns", List.of("return shipping", "wrong size", "exchange", "return label", "refused return"), "#acmereturns", "@acmereturns"),
                topic("acme-quality", List.of("broke", "damaged", "faulty", "poor quality", "arrived broken"), "#acmequality", "@acmequality"),
                topic("acme-loyalty", List.of("loyalty app", "points missing", "loyalty card", "member price", "voucher"), "#acmeloyalty", "@acmeloyalty"),
                topic("acme-safety", List.of("recall", "fire hazard", "injured", "unsafe", "burn"), "#acmerecall", "@acmesafety"),
                topic("acme-brand", List.of("acme", "acme group", "acme ceo", "acme stock", "acme news"), "#acme", "@acme")));
        String[] issues = {"recall", "broken", "late delivery", "refund", "store", "app", "price", "support"};
        for (int t = topics.size(); t < size; t++) {
            String product = pseudoWord(t);
            List<String> phrases = new ArrayList<>();
            for (int k = 0; k < 5; k++) phrases.add(product + " " + issues[(t + k) % issues.length]);
            topics.add(topic("product-" + t, phrases, "#" + product, "@" + product + "care"));
        }
        return new TopicCatalog(topics.subList(0, size));
    }

    private static CatalogTopic topic(String id, List<String> keywords, String hashtag, String handle) {
        return new CatalogTopic(id, null, keywords, List.of(hashtag), List.of(handle), List.of(), List.of());
    }

    /** A pronounceable, unique product name per index ("kazomi", "belutra", ...). */
    private static String pseudoWord(int index) {
        String[] syllables = {"ka", "zo", "mi", "be", "lu", "tra", "vo", "ri", "sen", "da", "po", "xi", "ne", "ru", "fa", "lo"};
        StringBuilder b = new StringBuilder();
        int n = index;
        do {
            b.append(syllables[n % syllables.length]);
            n /= syllables.length;
        } while (n > 0);
        return b.append("x").toString();
    }

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
