package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {
    private static final String CATALOG = """
            topics:
              - id: acme-delivery
                name: ACME deliveries
                keywords: ["late delivery", "never arrived", "lost parcel"]
                hashtags: ["#acmefail"]
                handles: ["@acmehelp"]
                categories: ["delivery"]
                owners: ["pr-oncall"]
              - id: acme-brand
                keywords: ["acme"]
                handles: ["@acme"]
              - id: acme-app
                keywords: ["app crash", "can't log in", "login"]
                hashtags: ["AcmeDown"]
                categories: ["App / Website"]
              - id: acme-billing
                keywords: ["double charged", "refund"]
                categories: ["billing", "delivery"]
            """;

    private final TopicMatcher matcher = new TopicMatcher(catalog(CATALOG));

    @Test
    void shouldMatchKeywordPhraseIgnoringCase() {
        assertThat(topicsOf("My LOST PARCEL from last week still not found")).containsExactly("acme-delivery");
    }

    @Test
    void shouldMatchPhraseAcrossExtraSpacesAndLineBreaksButNotAcrossSentences() {
        assertThat(topicsOf("parcel never   arrived and nobody answers")).containsExactly("acme-delivery");
        assertThat(topicsOf("I think it is lost. Parcel tracking says delivered")).isEmpty();
    }

    @Test
    void shouldNotMatchKeywordInsideLongerWord() {
        assertThat(topicsOf("Road trip through Acmeville was fun")).isEmpty();
        assertThat(topicsOf("the login page is fine, loginless checkout too")).containsExactly("acme-app");
        assertThat(topicsOf("loginless checkout is neat")).isEmpty();
    }

    @Test
    void shouldMatchRegularPluralsAndPossessivesOfCatalogWords() {
        assertThat(topicsOf("two lost parcels in one month")).containsExactly("acme-delivery");
        assertThat(topicsOf("constant late deliveries lately")).containsExactly("acme-delivery");
        assertThat(topicsOf("ACME's support is asleep")).containsExactly("acme-brand");
        assertThat(topicsOf("Acme’s driver left it in the rain")).containsExactly("acme-brand");
    }

    @Test
    void shouldMatchHashtagRegardlessOfCaseButNotALongerTag() {
        assertThat(topicsOf("third time this month #AcmeFail")).containsExactly("acme-delivery");
        assertThat(topicsOf("#acmefailed again lol")).isEmpty();
        assertThat(topicsOf("is it just me? #ACMEDOWN")).containsExactly("acme-app");
    }

    @Test
    void shouldMatchHandleAndTreatHandleBodyAsBrandWord() {
        assertThat(topicsOf("@AcmeHelp where is my order?")).containsExactly("acme-delivery");
        assertThat(topicsOf("@acme you had one job")).containsExactly("acme-brand");
    }

    @Test
    void shouldNotTakeAnEmailAddressForAHandle() {
        assertThat(topicsOf("write to help@acmehelp.com for a reply")).isEmpty();
    }

    @Test
    void shouldMatchFullWidthAndCompatibilityCharactersAfterNfkc() {
        assertThat(topicsOf("ＡＣＭＥ ｌｏｓｔ ｐａｒｃｅｌ again")).containsExactly("acme-delivery", "acme-brand");
        assertThat(topicsOf("the ｌｏｇｉｎ screen is blank")).containsExactly("acme-app");
    }

    @Test
    void shouldMatchKeywordWithApostropheWhateverQuoteThePostUses() {
        assertThat(topicsOf("still can’t log in since the update")).containsExactly("acme-app");
        assertThat(topicsOf("still CAN'T LOG IN since the update")).containsExactly("acme-app");
    }

    @Test
    void shouldPutOneEventInEveryTopicWhoseRuleMatches() {
        assertThat(topicsOf("@acme double charged and a late delivery #acmedown"))
                .containsExactly("acme-delivery", "acme-brand", "acme-app", "acme-billing");
    }

    @Test
    void shouldMatchComplaintCategoryIgnoringCaseAndSpaces() {
        Event complaint = complaint("Order 5512 has not moved in 9 days", " Delivery ");
        assertThat(ids(matcher.match(complaint))).containsExactly("acme-delivery", "acme-billing");
        assertThat(ids(matcher.match(complaint("screen goes white", "app / website")))).containsExactly("acme-app");
        assertThat(matcher.match(complaint("screen goes white", "returns"))).isEmpty();
    }

    @Test
    void shouldKeepUpstreamTopicsThatExistInTheCatalog() {
        Event e = mention("nothing matching here");
        e.topics = new String[] {"acme-billing", "unknown-topic", "acme-billing"};
        assertThat(ids(matcher.match(e))).containsExactly("acme-billing");
    }

    @Test
    void shouldReturnAscendingUniqueIndices() {
        int[] topics = matcher.match(mention("refund refund REFUND @acme @acme #acmefail lost parcel"));
        assertThat(topics).containsExactly(0, 1, 3);
    }

    @Test
    void shouldMatchNothingForEmptyOrMissingText() {
        assertThat(matcher.match(mention(""))).isEmpty();
        Event e = mention("x");
        e.text = null;
        assertThat(matcher.match(e)).isEmpty();
    }

    @Test
    void shouldFindTheOneRightTopicAmongThousands() {
        List<CatalogTopic> topics = new ArrayList<>();
        for (int t = 0; t < 5000; t++) {
            topics.add(new CatalogTopic("store-" + t, null,
                    List.of("store " + t + " closed", "branch " + t + " queue", "outlet" + t),
                    List.of("#store" + t), List.of(), List.of(), List.of()));
        }
        topics.add(new CatalogTopic("recall", null, List.of("battery recall", "recall"), List.of(), List.of(),
                List.of(), List.of()));
        TopicMatcher big = new TopicMatcher(new TopicCatalog(topics));

        assertThat(big.match(mention("Store 4711 closed again at noon and branch 12 queue is huge")))
                .containsExactly(12, 4711);
        assertThat(big.match(mention("is the battery recall real? #store999"))).containsExactly(999, 5000);
        assertThat(big.match(mention("store 4711 is open, outlet 47 too"))).isEmpty();
    }

    @Test
    void shouldMatchOverlappingPhrasesThatShareWords() {
        TopicMatcher m = new TopicMatcher(new TopicCatalog(List.of(
                new CatalogTopic("outage", null, List.of("app down", "down"), List.of(), List.of(), List.of(), List.of()),
                new CatalogTopic("app-down-long", null, List.of("acme app down for hours"), List.of(), List.of(),
                        List.of(), List.of()))));
        assertThat(m.match(mention("acme app down for hours now"))).containsExactly(0, 1);
        assertThat(m.match(mention("the acme app is down"))).containsExactly(0);
    }

    @Test
    void shouldMatchKeywordsInScriptsWrittenWithoutSpaces() {
        TopicMatcher m = new TopicMatcher(new TopicCatalog(List.of(new CatalogTopic("parcel-jp", null,
                List.of("荷物が届かない"), List.of("#アクメ"), List.of(), List.of(), List.of()))));
        assertThat(m.match(mention("またACMEの荷物が届かない。最悪"))).containsExactly(0);
        assertThat(m.match(mention("#アクメ 最高"))).containsExactly(0);
        assertThat(m.match(mention("荷物が届いた"))).isEmpty();
    }

    @Test
    void shouldMatchTheSameAfterJavaSerialization() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(matcher);
        }
        TopicMatcher copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TopicMatcher) in.readObject();
        }
        Event e = mention("@acme lost parcels again #AcmeDown");
        assertThat(copy.match(e)).containsExactly(matcher.match(e));
    }

    @Test
    void shouldRejectAHashtagThatIsNotASingleTag() {
        TopicCatalog bad = new TopicCatalog(List.of(new CatalogTopic("x", null, List.of(), List.of("#acme fail"),
                List.of(), List.of(), List.of())));
        assertThatThrownBy(() -> new TopicMatcher(bad)).hasMessageContaining("#acme fail");
    }

    private List<String> topicsOf(String text) {
        return ids(matcher.match(mention(text)));
    }

    private List<String> ids(int[] indices) {
        List<String> r = new ArrayList<>();
        for (int i : indices) r.add(matcher.catalog().get(i).id());
        return r;
    }

    private static Event mention(String text) {
        Event e = new Event();
        e.kind = EventKind.MENTION;
        e.id = "1";
        e.source = "twitter";
        e.text = text;
        return e;
    }

    private static Event complaint(String text, String category) {
        Event e = new Event();
        e.kind = EventKind.COMPLAINT;
        e.id = "c1";
        e.source = "email";
        e.text = text;
        e.category = category;
        return e;
    }

    private static TopicCatalog catalog(String yaml) {
        try {
            return TopicCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
