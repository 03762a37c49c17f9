package dev.crisiswatch.detect;

/**
 * The last {@link #SIZE} minutes of a key, one slot per minute, with the baseline's expectation for
 * each minute recorded as it was before that minute was learned. Sliding-window tests read sums
 * from here. Flink POJO, part of {@link TopicState}.
 */
public class RecentWindow {
    public static final int SIZE = 16;
    private static final long MINUTE = 60_000L;

    /** Start of the newest minute held, epoch ms; {@code Long.MIN_VALUE} when empty. */
    public long headMinute = Long.MIN_VALUE;
    public int[] mentions = new int[SIZE];
    public int[] negative = new int[SIZE];
    public int[] positive = new int[SIZE];
    public int[] reshares = new int[SIZE];
    public int[] nearDuplicates = new int[SIZE];
    public int[] zeroFollowers = new int[SIZE];
    public int[] complaints = new int[SIZE];
    public float[] sentimentSum = new float[SIZE];
    public long[] reach = new long[SIZE];
    public long[] maxFollowers = new long[SIZE];
    public long[] maxNegativeFollowers = new long[SIZE];
    public float[] expectedMentions = new float[SIZE];
    public float[] expectedComplaints = new float[SIZE];

    public RecentWindow() {}

    /** Moves the head to {@code minute}, clearing the minutes skipped; earlier minutes are ignored. */
    public void advanceTo(long minute) {
        if (headMinute != Long.MIN_VALUE && minute <= headMinute) return;
        long steps = headMinute == Long.MIN_VALUE ? SIZE : (minute - headMinute) / MINUTE;
        for (long i = 0; i < Math.min(steps, SIZE); i++) clear(index(minute - i * MINUTE));
        headMinute = minute;
    }

    /** Sets the expectation of the head minute; call after {@link #advanceTo}. */
    public void expect(long minute, double mentionsExpected, double complaintsExpected) {
        int i = index(minute);
        expectedMentions[i] = (float) mentionsExpected;
        expectedComplaints[i] = (float) complaintsExpected;
    }

    /** Adds a bucket to its minute's slot, if that minute is still held. */
    public void add(MinuteBucket b) {
        if (headMinute == Long.MIN_VALUE || b.minute > headMinute || b.minute <= headMinute - SIZE * MINUTE) return;
        int i = index(b.minute);
        mentions[i] += b.mentions;
        negative[i] += b.negativeMentions;
        positive[i] += b.positiveMentions;
        reshares[i] += b.reshares;
        nearDuplicates[i] += b.nearDuplicateMentions;
        zeroFollowers[i] += b.zeroFollowerMentions;
        complaints[i] += b.complaints;
        sentimentSum[i] += (float) (b.sentimentMicros / 1e6);
        reach[i] += b.reach;
        maxFollowers[i] = Math.max(maxFollowers[i], b.maxFollowers);
        maxNegativeFollowers[i] = Math.max(maxNegativeFollowers[i], b.maxNegativeFollowers);
    }

    /** Sums over the newest {@code minutes} minutes, skipping the newest {@code offset} minutes. */
    public WindowStats stats(int minutes, int offset) {
        int m = 0, neg = 0, pos = 0, rs = 0, dup = 0, zero = 0, c = 0;
        double sent = 0, em = 0, ec = 0;
        long r = 0, maxF = 0, maxNeg = 0;
        for (int k = offset; k < offset + minutes && k < SIZE; k++) {
            int i = index(headMinute - k * MINUTE);
            m += mentions[i];
            neg += negative[i];
            pos += positive[i];
            rs += reshares[i];
            dup += nearDuplicates[i];
            zero += zeroFollowers[i];
            c += complaints[i];
            sent += sentimentSum[i];
            r += reach[i];
            maxF = Math.max(maxF, maxFollowers[i]);
            maxNeg = Math.max(maxNeg, maxNegativeFollowers[i]);
            em += expectedMentions[i];
            ec += expectedComplaints[i];
        }
        return new WindowStats(minutes, m, neg, pos, rs, dup, zero, c, sent, r, maxF, maxNeg, em, ec);
    }

    private void clear(int i) {
        mentions[i] = 0;
        negative[i] = 0;
        positive[i] = 0;
        reshares[i] = 0;
        nearDuplicates[i] = 0;
        zeroFollowers[i] = 0;
        complaints[i] = 0;
        sentimentSum[i] = 0;
        reach[i] = 0;
        maxFollowers[i] = 0;
        maxNegativeFollowers[i] = 0;
        expectedMentions[i] = 0;
        expectedComplaints[i] = 0;
    }

    private static int index(long minute) {
        return (int) Math.floorMod(Math.floorDiv(minute, MINUTE), (long) SIZE);
    }
}
