package dev.crisiswatch.detect;

import dev.crisiswatch.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one window: the severity each signal reached. {@link #severity()} is the highest;
 * the main kind is the signal that reached it (ties go to the earlier {@link SignalKind}).
 */
public final class Assessment {
    private final Severity[] bySignal = new Severity[SignalKind.values().length];
    private final Evidence evidence;
    private Evidence botFlood;

    public Assessment(Evidence evidence) {
        this.evidence = evidence;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** Raises a signal to at least {@code s}. */
    void raise(SignalKind k, Severity s) {
        Severity cur = bySignal[k.ordinal()];
        if (cur == null || s.compareTo(cur) > 0) bySignal[k.ordinal()] = s;
    }

    /** Holds every signal at WATCH because {@code bots} (a recent window) looks like a bot flood. */
    void holdForBots(Evidence bots) {
        cap(Severity.WATCH);
        botFlood = bots;
    }

    /** The bot-flood window that held this verdict at WATCH, or null. */
    public Evidence botFlood() {
        return botFlood;
    }

    /** Lowers every signal to at most {@code s}. */
    void cap(Severity s) {
        for (int i = 0; i < bySignal.length; i++) {
            if (bySignal[i] != null && bySignal[i].compareTo(s) > 0) bySignal[i] = s;
        }
    }

    public boolean has(SignalKind k) {
        return bySignal[k.ordinal()] != null;
    }

    public boolean isEmpty() {
        return severity() == null;
    }

    /** Highest severity of any signal; null when nothing fired. */
    public Severity severity() {
        Severity max = null;
        for (Severity s : bySignal) {
            if (s != null && (max == null || s.compareTo(max) > 0)) max = s;
        }
        return max;
    }

    public SignalKind mainKind() {
        Severity max = severity();
        for (SignalKind k : SignalKind.values()) {
            if (max != null && bySignal[k.ordinal()] == max) return k;
        }
        return null;
    }

    /** Bit set of the signals that fired. */
    public int kindsMask() {
        int mask = 0;
        for (SignalKind k : SignalKind.values()) if (has(k)) mask |= k.bit();
        return mask;
    }

    /** The signals that fired, strongest first. */
    public List<SignalKind> kinds() {
        List<SignalKind> out = new ArrayList<>();
        Severity[] order = Severity.values();
        for (int s = order.length - 1; s >= 0; s--) {
            for (SignalKind k : SignalKind.values()) if (bySignal[k.ordinal()] == order[s]) out.add(k);
        }
        return out;
    }

    /** Orders two verdicts: higher severity wins, then the stronger test score. */
    public boolean strongerThan(Assessment o) {
        Severity a = severity(), b = o.severity();
        if (a != b) return b == null || (a != null && a.compareTo(b) > 0);
        return topScore() > o.topScore();
    }

    private double topScore() {
        return Math.max(evidence.negativeScore(), Math.max(evidence.complaintScore(), evidence.volumeScore()));
    }
}
