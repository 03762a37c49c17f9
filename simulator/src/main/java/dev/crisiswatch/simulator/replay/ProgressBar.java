package dev.crisiswatch.simulator.replay;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A one-line progress bar on stderr: events sent out of the total, simulated event time and the
 * current send rate. Redrawn in place on a terminal, printed as lines every few seconds otherwise.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos = startNanos;
    private long lastDrawCount;

    ProgressBar(PrintStream out, long total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
    }

    /** Cheap to call per event: draws only when the interval has passed. */
    void update(long sent, long simulatedTs) {
        long now = System.nanoTime();
        if (now - lastDrawNanos < intervalNanos) return;
        double rate = (sent - lastDrawCount) * 1e9 / (now - lastDrawNanos);
        lastDrawNanos = now;
        lastDrawCount = sent;
        draw(sent, simulatedTs, rate);
    }

    void finish(long sent, long simulatedTs) {
        long now = System.nanoTime();
        draw(sent, simulatedTs, sent * 1e9 / Math.max(1, now - startNanos));
        if (terminal) out.println();
    }

    private void draw(long sent, long simulatedTs, double rate) {
        out.print((terminal ? "\r" : "") + line(sent, total, simulatedTs, rate) + (terminal ? "" : "\n"));
        out.flush();
    }

    static String line(long sent, long total, long simulatedTs, double rate) {
        double f = total > 0 ? Math.min(1.0, (double) sent / total) : 0;
        int filled = (int) Math.round(f * WIDTH);
        String sim = simulatedTs == Long.MIN_VALUE ? "-"
                : Instant.ofEpochMilli(simulatedTs).truncatedTo(ChronoUnit.SECONDS).toString();
        return String.format(Locale.ROOT, "[%s%s] %3.0f%% %,d/%,d events | sim %s | %,.0f ev/s   ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), f * 100, sent, total, sim, rate);
    }
}
