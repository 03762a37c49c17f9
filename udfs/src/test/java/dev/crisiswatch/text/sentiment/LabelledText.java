package dev.crisiswatch.text.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A human-labelled text of a public evaluation set; {@code group} is the brand or source it came from. */
public record LabelledText(String label, String group, String text) {
    /** Airlines whose tweets tune the method; the other three are held out. */
    public static final Set<String> TUNING_AIRLINES = Set.of("United", "American", "Virgin America");
    /** VADER's raters scored -4..4; a mean this close to 0 is neutral. */
    public static final double VADER_NEUTRAL_BAND = 0.5;

    /** Twitter US Airline Sentiment (Crowdflower, CC BY-NC-SA 4.0), one tweet per line, de-duplicated by id. */
    public static List<LabelledText> airlineTweets() {
        List<LabelledText> out = new ArrayList<>();
        for (String[] f : rows("/sentiment/airline_tweets.tsv", true)) out.add(new LabelledText(f[2], f[1], f[3]));
        return out;
    }

    public static List<LabelledText> airlineTweets(boolean tuning) {
        return airlineTweets().stream().filter(t -> TUNING_AIRLINES.contains(t.group()) == tuning).toList();
    }

    /** VADER's 4,200 tweets with the mean of 20 human ratings (Hutto and Gilbert 2014, MIT). */
    public static List<LabelledText> vaderTweets() {
        List<LabelledText> out = new ArrayList<>();
        for (String[] f : rows("/sentiment/vader_tweets_groundtruth.tsv", false)) {
            double mean = Double.parseDouble(f[1]);
            String label = mean <= -VADER_NEUTRAL_BAND ? "negative" : mean >= VADER_NEUTRAL_BAND ? "positive" : "neutral";
            out.add(new LabelledText(label, "vader-tweets", f[2]));
        }
        return out;
    }

    private static List<String[]> rows(String resource, boolean header) {
        try (InputStream in = LabelledText.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            if (header) reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty()) rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
