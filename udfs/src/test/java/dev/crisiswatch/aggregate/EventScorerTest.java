package dev.crisiswatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.SimHash;
import dev.crisiswatch.text.TopicMatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventScorerTest {
    private static final String[] TEXTS = {
        "@AcmeHelp my parcel never arrived, third time this month #AcmeFail",
        "constant late deliveries lately... two lost parcels in one month!!",
        "ＡＣＭＥ Lost My Parcel https://t.co/x7Kq2LmP9a 😡😡",
        "the acme app keeps crashing at checkout: can't log in since the update",
        "Road trip through Acmeville was fun, 10/10 would go again",
        "@acme’s refund came through in an hour, best support ever #acme",
        "#acmefailed again lol, order 45712577",
        "",
    };

    @Test
    void shouldFindTheTopicsAndFingerprintThatTheMatcherAndSimHashFindOnTheirOwn() throws Exception {
        TopicCatalog catalog = TopicCatalog.parse(new ByteArrayInputStream("""
                topics:
                  - id: acme-delivery
                    keywords: ["lost parcel", "late delivery", "never arrived"]
                    hashtags: ["#acmefail"]
                    handles: ["@acmehelp"]
                  - id: acme-app
                    keywords: ["app crash", "keeps crashing", "can't log in"]
                  - id: acme-brand
                    keywords: ["acme"]
                    categories: ["billing"]
                """.getBytes(StandardCharsets.UTF_8)), "test.yaml");
        EventScorer scorer = new EventScorer(CrisisConfig.defaults(), catalog);
        TopicMatcher matcher = new TopicMatcher(catalog);
        SimHash simHash = new SimHash();
        int i = 0;
        for (String text : TEXTS) {
            for (EventKind kind : EventKind.values()) {
                for (boolean reshare : new boolean[] {false, true}) {
                    Event e = new Event();
                    e.kind = kind;
                    e.id = "p" + i++;
                    e.source = "twitter";
                    e.ts = 1_772_530_000_000L;
                    e.text = text;
                    e.reshareOf = reshare ? "p0" : null;
                    e.category = kind == EventKind.COMPLAINT ? "Billing" : null;
                    ScoredEvent s = scorer.score(e);
                    assertThat(s.topics).as(text).containsExactly(matcher.match(e));
                    boolean original = kind == EventKind.MENTION && !reshare;
                    assertThat(s.fingerprint).as(text).isEqualTo(original ? simHash.fingerprint(text) : 0L);
                    assertThat(s.words).as(text).isEqualTo(original ? simHash.lastWordCount() : 0);
                }
            }
        }
    }
}
