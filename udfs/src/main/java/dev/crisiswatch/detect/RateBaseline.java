package dev.crisiswatch.detect;

import dev.crisiswatch.config.DetectionConfig;

/**
 * The expected count per minute of one series (a topic's mentions or complaints), Holt-Winters style:
 * a recent deseasonalised level times a seasonal factor for the hour of day (weekday and weekend
 * apart), each an exponentially decayed Gamma-Poisson estimate (decayed counts over decayed minutes).
 * The minutes of evidence behind the level set how wide the predictive distribution is, so a young
 * baseline is uncertain and does not fire on its first surprises.
 *
 * <p>Flink POJO, part of {@link TopicState}: arrays and primitives only.
 */
public class RateBaseline {
    /** 24 hours of a weekday, then 24 hours of a weekend day. */
    public static final int SLOTS = 48;
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;
    private static final int MAX_GAP_MINUTES = 14 * 1440;

    public double[] slotCount = new double[SLOTS];
    public double[] slotMinutes = new double[SLOTS];
    /** Deseasonalised counts, decayed with the level half-life. */
    public double levelCount;
    public double levelMinutes;
    /** Raw counts, decayed with the long-run half-life: what the seasonal factors are relative to. */
    public double longCount;
    public double longMinutes;
    /**
     * Minute from which the seasonal factors apply: a key's first day has no earlier day to learn
     * its hours from, and its hour slots would only echo what is happening now.
     */
    public long seasonalFromMinute = Long.MIN_VALUE;

    public RateBaseline() {}

    /** Starts from a prior: {@code rate} per minute, as if seen for {@code weightMinutes}. */
    public void prime(double rate, double weightMinutes) {
        prime(rate, weightMinutes, weightMinutes);
    }

    /** Starts from a prior with its own weight for the long-run rate. */
    public void prime(double rate, double levelWeightMinutes, double longRunWeightMinutes) {
        levelCount = rate * levelWeightMinutes;
        levelMinutes = levelWeightMinutes;
        longCount = rate * longRunWeightMinutes;
        longMinutes = longRunWeightMinutes;
    }

    /** Minutes of evidence behind the level (prior included). */
    public double evidenceMinutes() {
        return levelMinutes;
    }

    /** Minutes of evidence behind the long-run rate. */
    public double longRunEvidenceMinutes() {
        return longMinutes;
    }

    /** What this minute's hour usually brings: the long-run rate times the seasonal factor. */
    public double usual(long minute, DetectionConfig c) {
        return longRunRate() * seasonalFactor(minute, c);
    }

    public double levelRate() {
        return levelMinutes <= 0 ? 0 : levelCount / levelMinutes;
    }

    public double longRunRate() {
        return longMinutes <= 0 ? 0 : longCount / longMinutes;
    }

    /**
     * How busy this minute's hour slot is relative to the long-run mean. A young slot is shrunk toward
     * the same hour of the other kind of day (weekday or weekend), itself shrunk toward 1: the first
     * Saturday evening of a topic with a strong evening peak is expected at the weekday evenings' rate,
     * not at the daily mean (a false alarm on the first Saturday of weekly-cycles).
     */
    public double seasonalFactor(long minute, DetectionConfig c) {
        double longRate = longRunRate();
        if (longRate < 1e-6 || minute < seasonalFromMinute) return 1;
        int s = slotOf(minute, c.seasonalUtcOffsetHours);
        int twin = (s + SLOTS / 2) % SLOTS;
        double k = c.seasonalShrinkMinutes;
        double twinRate = (slotCount[twin] + k * longRate) / (slotMinutes[twin] + k);
        double slotRate = (slotCount[s] + k * twinRate) / (slotMinutes[s] + k);
        return Math.max(0.1, Math.min(10, slotRate / longRate));
    }

    /** Expected count in {@code minute}. */
    public double expected(long minute, DetectionConfig c) {
        return levelRate() * seasonalFactor(minute, c);
    }

    /**
     * Learns one minute's count. Unless {@code learnAll} (warm-up), a count far above {@code expected}
     * is clipped to expected + {@link DetectionConfig#winsorSigmas} standard deviations, so an
     * incident's own volume only nudges the baseline. While the series is {@code elevated} (its long
     * window already significant), a minute teaches at most expected + one standard deviation: a real
     * shift is still followed, slowly; an incident under way does not lift the expectation it is tested
     * against within the hour.
     */
    public void observe(long minute, double count, double expected, boolean learnAll, boolean elevated, DetectionConfig c,
            Decays d) {
        double x = count;
        if (!learnAll) {
            double sd = Math.sqrt(expected + c.overdispersion * expected * expected);
            x = Math.min(count, elevated ? expected + sd : expected + c.winsorSigmas * sd + 1);
        }
        double factor = seasonalFactor(minute, c);
        levelCount = levelCount * d.level() + x / factor;
        levelMinutes = levelMinutes * d.level() + 1;
        longCount = longCount * d.longRun() + x;
        longMinutes = longMinutes * d.longRun() + 1;
        int s = slotOf(minute, c.seasonalUtcOffsetHours);
        slotCount[s] = slotCount[s] * d.slot() + x;
        slotMinutes[s] = slotMinutes[s] * d.slot() + 1;
    }

    /**
     * Learns {@code minutes} empty minutes starting at {@code fromMinute}, in closed form per hour
     * slot; gaps longer than two weeks count as two weeks (the baseline has long forgotten by then).
     */
    public void observeEmpty(long fromMinute, int minutes, DetectionConfig c, Decays d) {
        int k = Math.min(minutes, MAX_GAP_MINUTES);
        if (k <= 0) return;
        double dl = Math.pow(d.level(), k);
        levelCount *= dl;
        levelMinutes = levelMinutes * dl + Decays.geometricWeight(d.level(), k);
        double dg = Math.pow(d.longRun(), k);
        longCount *= dg;
        longMinutes = longMinutes * dg + Decays.geometricWeight(d.longRun(), k);
        long m = fromMinute;
        long end = fromMinute + k * MINUTE;
        while (m < end) {
            long hourEnd = Math.min(end, Math.floorDiv(m, HOUR) * HOUR + HOUR);
            int n = (int) ((hourEnd - m) / MINUTE);
            int s = slotOf(m, c.seasonalUtcOffsetHours);
            double ds = Math.pow(d.slot(), n);
            slotCount[s] *= ds;
            slotMinutes[s] = slotMinutes[s] * ds + Decays.geometricWeight(d.slot(), n);
            m = hourEnd;
        }
    }

    /** Hour of day, plus 24 on Saturdays and Sundays. */
    static int slotOf(long minute, int utcOffsetHours) {
        long local = minute + utcOffsetHours * HOUR;
        long epochDay = Math.floorDiv(local, DAY);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday; 0 = Monday
        int hour = (int) (Math.floorMod(local, DAY) / HOUR);
        return (dayOfWeek >= 5 ? 24 : 0) + hour;
    }
}
