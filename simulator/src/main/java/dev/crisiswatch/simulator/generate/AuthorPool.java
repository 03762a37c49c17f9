package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.simulator.scenario.AuthorModel;
import dev.crisiswatch.simulator.scenario.RootAuthor;
import java.util.SplittableRandom;

/**
 * The scenario's population of accounts, drawn once: log-normal followers (heavy right tail),
 * verified accounts that are much bigger, and a share of accounts with no followers at all.
 */
final class AuthorPool {
    /** Verified accounts are public figures and outlets: this many times a typical account's reach. */
    private static final double VERIFIED_BOOST = 40;
    private static final String[] FIRST = {"sarah", "mike", "jen", "tom", "priya", "alex", "chris", "emma", "dan",
        "lucy", "raj", "sam", "kate", "leo", "nina", "josh", "maria", "omar", "beth", "ryan", "zoe", "matt", "aisha",
        "ben", "chloe", "dave", "ella", "fin", "gabi", "harry", "isla", "jack", "kim", "liam", "mo", "noah", "olivia",
        "paul", "rosa", "steph", "tariq", "vik", "will", "yara"};
    private static final String[] SECOND = {"runs", "_uk", "xo", "_writes", "tweets", "1987", "_official", "bakes",
        "_92", "_life", "rides", "_here", "codes", "_mum", "_dad", "says", "_fc", "77", "_travels", "b", "_k", "jones",
        "smith", "_lee", "patel", "_m", "reads", "_photo"};

    private final Author[] authors;
    private int botSerial;

    AuthorPool(AuthorModel model, SplittableRandom rng) {
        authors = new Author[model.population()];
        for (int i = 0; i < authors.length; i++) {
            double u = rng.nextDouble();
            boolean zero = u < model.zeroFollowerShare();
            boolean verified = !zero && u < model.zeroFollowerShare() + model.verifiedShare();
            long followers = zero ? 0 : logNormal(rng, model.medianFollowers(), model.sigma());
            if (verified) followers = Math.max(5_000, Math.round(followers * VERIFIED_BOOST));
            authors[i] = new Author("u" + (100_000 + i), handle(rng), followers, verified);
        }
    }

    /** An everyday poster, uniformly from the population. */
    Author pick(SplittableRandom rng) {
        return authors[rng.nextInt(authors.length)];
    }

    int size() {
        return authors.length;
    }

    Author get(int i) {
        return authors[i];
    }

    /** A cascade's first poster: what the scenario says about it, the rest drawn. */
    Author root(RootAuthor spec, SplittableRandom rng) {
        Author drawn = pick(rng);
        String id = spec.handle() != null ? "u" + spec.handle().replace("@", "") : drawn.id() + "r";
        return new Author(id,
                spec.handle() != null ? spec.handle() : drawn.handle(),
                spec.followers() != null ? spec.followers() : drawn.followers(),
                spec.verified() != null ? spec.verified() : drawn.verified());
    }

    /** Accounts created in bulk for a bot flood: no followers, look-alike handles. */
    Author[] bots(int count, SplittableRandom rng) {
        String stem = Sampling.pick(rng, new String[] {"deals", "promo", "win", "freebie", "giveaway", "bonus"});
        Author[] out = new Author[count];
        for (int i = 0; i < count; i++) {
            int serial = botSerial++;
            out[i] = new Author("b" + (500_000 + serial), "@" + stem + "_" + (1000 + rng.nextInt(9000)) + "x", 0, false);
        }
        return out;
    }

    private static long logNormal(SplittableRandom rng, double median, double sigma) {
        return Math.round(median * Math.exp(sigma * rng.nextGaussian()));
    }

    private static String handle(SplittableRandom rng) {
        return "@" + Sampling.pick(rng, FIRST) + Sampling.pick(rng, SECOND)
                + (rng.nextInt(3) == 0 ? String.valueOf(rng.nextInt(100)) : "");
    }
}
