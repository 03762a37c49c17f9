package dev.crisiswatch.simulator.scenario;

/**
 * The people who post: followers are log-normal (median and sigma of the log), a share are verified
 * (and much bigger), a share have no followers at all.
 */
public record AuthorModel(int population, double medianFollowers, double sigma, double verifiedShare,
        double zeroFollowerShare) {

    public static AuthorModel defaults() {
        return new AuthorModel(20_000, 150, 2.0, 0.01, 0.06);
    }
}
