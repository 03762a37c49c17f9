package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
    private final SentimentScorer scorer = SentimentScorer.standard();

    private String labelOf(String text) {
        return SentimentScorer.label(scorer.score(text));
    }

    @Test
    void shouldReadNegatedPraiseAsNegative() {
        assertThat(labelOf("Honestly not happy with how the rebooking went")).isEqualTo("negative");
        assertThat(labelOf("Never again, @acme. Never again.")).isEqualTo("negative");
        assertThat(scorer.score("the new app isn't great")).isLessThan(scorer.score("the new app is great"));
    }

    @Test
    void shouldReadAFailedServiceWithoutSentimentWordsAsNegative() {
        assertThat(labelOf("@acme my parcel never arrived and the tracking page isn't working")).isEqualTo("negative");
        assertThat(labelOf("@acmeair can't check in online, the app doesn't load")).isEqualTo("negative");
    }

    @Test
    void shouldStrengthenWithIntensifiersAndSoftenWithDampeners() {
        double rude = scorer.score("the agent at the desk was rude");
        assertThat(scorer.score("the agent at the desk was extremely rude")).isLessThan(rude);
        assertThat(scorer.score("the agent at the desk was kind of rude")).isGreaterThan(rude).isNegative();
        assertThat(scorer.score("the crew was so helpful")).isGreaterThan(scorer.score("the crew was helpful"));
    }

    @Test
    void shouldLetTheClauseAfterButDecide() {
        assertThat(labelOf("the crew was nice but my bag is gone")).isEqualTo("negative");
        assertThat(labelOf("the flight was delayed but the crew was amazing and got us home safe")).isEqualTo("positive");
    }

    @Test
    void shouldTreatAllCapsAndExclamationsAsEmphasis() {
        assertThat(scorer.score("the service today was TERRIBLE")).isLessThan(scorer.score("the service today was terrible"));
        assertThat(scorer.score("the service today was terrible!!!")).isLessThan(scorer.score("the service today was terrible"));
    }

    @Test
    void shouldReadEmojiAndEmoticons() {
        assertThat(labelOf("landed 20 minutes early 😍")).isEqualTo("positive");
        assertThat(labelOf("still on hold 😡😡")).isEqualTo("negative");
        assertThat(labelOf("my order is still not here :(")).isEqualTo("negative");
        assertThat(labelOf("crew upgraded my seat :)")).isEqualTo("positive");
    }

    @Test
    void shouldReadElongatedWords() {
        assertThat(scorer.score("I loooove this airline")).isGreaterThan(scorer.score("I love this airline"));
        assertThat(labelOf("this is sooooo baaaad")).isEqualTo("negative");
    }

    @Test
    void shouldReadHashtags() {
        assertThat(labelOf("@acme 3 weeks for a reply #fail")).isEqualTo("negative");
        assertThat(labelOf("flight 221 to Denver #neveragain")).isEqualTo("negative");
        assertThat(labelOf("@acmeair #worstflightever")).isEqualTo("negative");
    }

    @Test
    void shouldReadSlangAndMisspellings() {
        assertThat(labelOf("wtf is this queue")).isEqualTo("negative");
        assertThat(labelOf("terible service at gate b12")).isEqualTo("negative");
        assertThat(labelOf("thx for sorting my seat, gr8 crew")).isEqualTo("positive");
    }

    @Test
    void shouldReadComplaintSarcasmAsNegative() {
        assertThat(labelOf("great, another 3 hour delay")).isEqualTo("negative");
        assertThat(labelOf("@acme thanks for nothing")).isEqualTo("negative");
        assertThat(labelOf("love waiting on hold for 2 hours")).isEqualTo("negative");
        assertThat(labelOf("thanks for getting us home safely, great crew")).isEqualTo("positive");
    }

    @Test
    void shouldWeighComplaintWordsAsACustomerDoes() {
        for (String complaint : List.of("my bag was lost", "flight delayed again", "still waiting for my refund",
            "I was overcharged", "another outage tonight", "this is a scam", "order cancelled without notice",
            "the screen arrived broken")) {
            assertThat(labelOf(complaint)).as(complaint).isEqualTo("negative");
        }
    }

    @Test
    void shouldLeaveQuestionsAndHandlesNeutral() {
        assertThat(labelOf("@united is flight 1234 to Denver on time?")).isEqualTo("neutral");
        assertThat(labelOf("What time does the store on 5th open tomorrow?")).isEqualTo("neutral");
        assertThat(SentimentScorer.plainVader().score("@united flight 1234 to Denver")).isPositive();
        assertThat(scorer.score("@united flight 1234 to Denver")).isZero();
    }

    @Test
    void shouldNotReadAnEventNamedInAHashtagAsAVerdict() {
        assertThat(labelOf("Live updates on #skyvaledelay from the airport press office")).isEqualTo("neutral");
        assertThat(labelOf("@skyvale #skyvalerefund status for order 8812")).isEqualTo("neutral");
        assertThat(labelOf("@skyvale #skyvalefail")).isEqualTo("negative");
    }

    @Test
    void shouldReadSlangPraiseAndNeutralPerks() {
        assertThat(labelOf("the new livery looks sick ngl")).isEqualTo("positive");
        assertThat(labelOf("crying at this letter 😂")).isEqualTo("positive");
        assertThat(labelOf("they gave me a voucher at the gate")).isEqualTo("neutral");
    }

    @Test
    void shouldReadNegatedComplaintWordsAsFaintPraiseAtMost() {
        assertThat(scorer.score("the food was not bad")).isLessThan(scorer.score("the food was good"));
        assertThat(labelOf("the food was not bad")).isEqualTo("neutral");
        assertThat(labelOf("you guys don't give a damn about your customers")).isEqualTo("negative");
        assertThat(labelOf("they doesnt care about loyal flyers")).isEqualTo("negative");
    }

    @Test
    void shouldReadAShortPraiseAsideAfterAComplaintAsSarcasm() {
        assertThat(labelOf("Flight delayed 3 hours. Nice.")).isEqualTo("negative");
        assertThat(labelOf("Bag lost again. Great.")).isEqualTo("negative");
        assertThat(labelOf("Landed early. Nice.")).isEqualTo("positive");
    }

    @Test
    void shouldReadDemandsAndSwitchingAwayAsComplaints() {
        assertThat(labelOf("I will be switching to another airline")).isEqualTo("negative");
        assertThat(labelOf("seriously? still no refund")).isEqualTo("negative");
        assertThat(scorer.score("make your app better")).isLessThan(SentimentScorer.POSITIVE_ABOVE);
        assertThat(scorer.score("the new app is so much better")).isGreaterThan(scorer.score("make your app better")).isPositive();
    }

    @Test
    void shouldReadAMissingServiceAsAFailureWhateverTheWordsOwnValence() {
        assertThat(labelOf("@acme still haven't received my refund")).isEqualTo("negative");
        assertThat(labelOf("@acme never got an answer from your team")).isEqualTo("negative");
        assertThat(labelOf("called twice, no reply and no update")).isEqualTo("negative");
        assertThat(scorer.score("@acme still haven't received my refund")).isLessThan(scorer.score("@acme received my refund"));
    }

    @Test
    void shouldReadANegatedRequestWordAsAFailedService() {
        assertThat(labelOf("@acme the chat bot doesn't help at all")).isEqualTo("negative");
        assertThat(labelOf("I will never fly with them again")).isEqualTo("negative");
    }

    @Test
    void shouldNotReadWhatACustomerAsksForAsPraise() {
        assertThat(labelOf("@acme I am a loyal customer and want this resolved")).isNotEqualTo("positive");
        assertThat(scorer.score("@acme entertainment and security on flight 22")).isZero();
        assertThat(SentimentScorer.plainVader().score("@acme entertainment and security on flight 22")).isPositive();
        assertThat(SentimentScorer.plainVader().score("@acme I am a loyal customer and want this resolved"))
            .isGreaterThan(scorer.score("@acme I am a loyal customer and want this resolved"));
    }

    @Test
    void shouldReadAWishForWhatTheBrandDidNotDoAsAComplaint() {
        assertThat(labelOf("@acme would be nice if someone answered the phone")).isEqualTo("negative");
        assertThat(labelOf("it would have been great to get a call before you cancelled")).isEqualTo("negative");
        assertThat(labelOf("@acme that would be great, thanks")).isEqualTo("positive");
    }

    @Test
    void shouldTakeThanksAlongsideSincerePraiseAsMeant() {
        assertThat(labelOf("@acme thank you for finding our lost bags, the agent was so helpful")).isNotEqualTo("negative");
        assertThat(labelOf("@acme thank you for losing our bags")).isEqualTo("negative");
        assertThat(labelOf("Thanks so much for the awesome support, you guys rock!")).isEqualTo("positive");
        assertThat(labelOf("thanks for the 3 hour delay")).isEqualTo("negative");
    }

    @Test
    void shouldReadThanksClosingARequestAsCourtesy() {
        assertThat(labelOf("@acme can you please link these two bookings. Thanks")).isEqualTo("neutral");
        assertThat(labelOf("@acme the crew today were lovely, thanks")).isEqualTo("positive");
    }

    @Test
    void shouldReadChurnToAnotherBrandAsNegative() {
        assertThat(labelOf("next time I'm booking with a different airline")).isEqualTo("negative");
        assertThat(labelOf("other airlines manage to send a text when a flight is moved")).isEqualTo("negative");
    }

    @Test
    void shouldReadNegatedAndCompoundHashtags() {
        assertThat(labelOf("@acme #nothappy")).isEqualTo("negative");
        assertThat(labelOf("@acme #acmesucks")).isEqualTo("negative");
        assertThat(labelOf("@acme #neverflyingacmeagain")).isEqualTo("negative");
        assertThat(labelOf("home at last #lovethiscrew")).isEqualTo("positive");
    }

    @Test
    void shouldDecodeHtmlEscapedText() {
        assertThat(scorer.score("I &lt;3 this airline")).isEqualTo(scorer.score("I <3 this airline")).isPositive();
        assertThat(scorer.score("LAX -&gt; JFK tomorrow")).isZero();
        assertThat(scorer.score("crew &amp; food were great")).isEqualTo(scorer.score("crew & food were great"));
    }

    @Test
    void shouldReadModernEmoji() {
        assertThat(labelOf("@acme flight 22 again 🤡")).isEqualTo("negative");
        assertThat(labelOf("made it home 🥳")).isEqualTo("positive");
    }

    @Test
    void shouldReadIdiomsOfRelief() {
        assertThat(scorer.score("@acme no worries, all sorted")).isPositive();
        assertThat(scorer.score("@acme no problem at all")).isPositive();
        assertThat(labelOf("@acme worries about the sorting")).isEqualTo("negative");
    }

    @Test
    void shouldScoreEmptyTextAsNeutralZero() {
        assertThat(scorer.score("")).isZero();
        assertThat(scorer.score(null)).isZero();
        assertThat(labelOf("   ")).isEqualTo("neutral");
    }

    @Test
    void shouldKeepScoresWithinMinusOneAndOne() {
        String rant = "WORST WORST WORST airline EVER!!!!! lost bag, rude staff, cancelled flight, scam 😡😡😡 #fail".repeat(5);
        String praise = "BEST crew EVER!!!! amazing, wonderful, love love love 😍😍😍 #awesome".repeat(5);
        assertThat(scorer.score(rant)).isBetween(-1.0, -0.9);
        assertThat(scorer.score(praise)).isBetween(0.9, 1.0);
    }

    @Test
    void shouldGiveTheSameScoresFromManyThreads() {
        List<String> texts = List.of("great, another 3 hour delay", "the crew was nice but my bag is gone",
            "landed early 😍 thanks!!", "is my flight on time?", "NOT happy. #fail");
        double[] sequential = texts.stream().mapToDouble(scorer::score).toArray();
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            int k = i % texts.size();
            assertThat(scorer.score(texts.get(k))).isEqualTo(sequential[k]);
        });
    }

    @Test
    void shouldReadTheFaceHoldingBackTearsAsMovedNotSad() {
        // A store's kind answer about a child's lost toy: the loss is the story, the emoji the verdict.
        String story = "harbor goods sent a little girl a postcard 'from' her lost rabbit on his adventures";
        assertThat(scorer.score(story + " \uD83E\uDD79")).isGreaterThan(scorer.score(story));
    }
}
